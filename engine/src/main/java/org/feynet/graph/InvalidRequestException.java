package org.feynet.graph;

/** A request the engine refuses (bad order, absurd size, conflicting filters); one-line message. */
public class InvalidRequestException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }
}
