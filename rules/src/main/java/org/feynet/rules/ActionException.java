package org.feynet.rules;

/**
 * An action or theory name that cannot be read. The message is one line and names the offending
 * part, so the command line can print it as it is.
 */
public class ActionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ActionException(String message) {
        super(message);
    }
}
