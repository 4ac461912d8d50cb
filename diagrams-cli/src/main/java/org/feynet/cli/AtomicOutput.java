package org.feynet.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where output goes: standard output, or a file written atomically — to a temporary file beside it,
 * renamed over the target only when everything was written, so a failure never leaves a partial or
 * corrupted file.
 */
final class AtomicOutput implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private boolean committed;

    private AtomicOutput(Path target, Path temporary, Writer writer) {
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
    }

    /** Opens {@code file}, or standard output when it is null; fails at once if it cannot be written. */
    static AtomicOutput open(String file, PrintStream stdout) throws IOException {
        if (file == null) {
            return new AtomicOutput(null, null, new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)));
        }
        Path target = Path.of(file).toAbsolutePath();
        Path dir = target.getParent();
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write output '" + file + "': it is a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write output '" + file + "': directory " + dir + " does not exist");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        } catch (AccessDeniedException | NoSuchFileException e) {
            throw new IOException("cannot write output '" + file + "': permission denied");
        } catch (IOException e) {
            throw new IOException("cannot write output '" + file + "': " + e.getMessage());
        }
        return new AtomicOutput(target, tmp, Files.newBufferedWriter(tmp, StandardCharsets.UTF_8));
    }

    Writer writer() {
        return writer;
    }

    /** Everything was written: move the file into place. */
    void commit() throws IOException {
        writer.flush();
        if (target != null) {
            writer.close();
            try {
                readableByAll(temporary);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new IOException("cannot write output '" + target + "': " + e.getMessage());
            }
        }
        committed = true;
    }

    /**
     * Writes {@code content} to {@code dir/name} atomically (temporary file, then rename): for outputs
     * made of several files, such as an SVG gallery.
     */
    static void writeFile(Path dir, String name, String content) throws IOException {
        Path tmp = Files.createTempFile(dir, "." + name, ".part");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            readableByAll(tmp);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Temporary files are created owner-only; the result should look like any file the user writes. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Override
    public void close() throws IOException {
        if (target == null) {
            writer.flush();
            return;
        }
        if (!committed) {
            writer.close();
            Files.deleteIfExists(temporary);
        }
    }
}
