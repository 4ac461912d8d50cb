package org.feynet.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code -o FILE}: written atomically, a failure never leaves a partial, corrupted or temporary file. */
class ExpandOutputFileTest {

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesJsonToTheFileAndNothingToStdout(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("phi4.json");
        Cli.Result r = Cli.expand("--theory", "phi4", "--points", "2", "--order", "0..2", "--format", "json", "-o", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stdout(), "the report goes to the file only");
        assertEquals("", r.stderr());
        JsonNode j = new ObjectMapper().readTree(Files.readString(out, UTF_8));
        assertEquals(5, j.get("diagrams").size(), "1 + 1 + 3 diagrams (oracles.json counts phi4 2pt-connected)");
        assertEquals(List.of("phi4.json"), names(dir), "no .part file left behind");
    }

    @Test
    void successOverwritesAnExistingFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.txt");
        Files.writeString(out, "old", UTF_8);
        Cli.Result r = Cli.expand("--theory", "phi4", "--points", "2", "--order", "2", "--output", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        String text = Files.readString(out, UTF_8);
        assertTrue(text.startsWith("#"), "the text report replaced the old content: " + text);
        assertTrue(text.lines().anyMatch(l -> l.trim().equals("total 3 diagrams")), text);
        assertEquals(List.of("report.txt"), names(dir), "no .part file left behind");
        if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertTrue(Files.getPosixFilePermissions(out).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                    "the result is readable like any file the user writes: " + Files.getPosixFilePermissions(out));
        }
    }

    @Test
    void failureLeavesAnExistingFileUntouched(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("keep.json");
        Files.writeString(out, "old", UTF_8);
        String[][] failing = {
                {"--action", "lambda*phi^^4", "--points", "2", "--order", "1", "--format", "json"},
                {"--theory", "phi5", "--points", "2", "--order", "1", "--format", "json"},
                {"--theory", "phi4", "--points", "2", "--order", "1", "--format", "xml"},
                {"--theory", "phi4", "--points", "2", "--order", "30", "--format", "json"},
                {"--theory", "phi4", "--points", "2", "--order", "abc"},
                {"--theory", "phi4", "--points", "2"},
        };
        for (String[] args : failing) {
            String[] all = Stream.concat(Stream.of(args), Stream.of("-o", out.toString())).toArray(String[]::new);
            Cli.Result r = Cli.expand(all);
            assertEquals(2, r.exitCode(), r::toString);
            assertEquals(1, r.stderrLines().size(), r::toString);
            assertEquals("old", Files.readString(out, UTF_8), "file untouched after: " + String.join(" ", all));
            assertEquals(List.of("keep.json"), names(dir), "no .part file after: " + String.join(" ", all));
        }
    }

    @Test
    void countOnlyJsonToFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("counts.json");
        Cli.Result r = Cli.expand("--theory", "phi4", "--points", "4", "--order", "0..4", "--count-only", "--format", "json",
                "-o", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode j = new ObjectMapper().readTree(Files.readString(out, UTF_8));
        assertTrue(!j.has("diagrams"));
        assertEquals(255, j.get("orders").get(4).get("count").asLong(), "oracles.json counts phi4 4pt-connected[4]");
        assertEquals(List.of("counts.json"), names(dir));
    }
}
