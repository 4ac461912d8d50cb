package org.feynet.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the README that shows a {@code $ ./diagrams …} command with its output is run,
 * and every output line it shows (lines with an ellipsis … stand for omitted ones) must be printed
 * by the command as shown: the README cannot drift from what the program says.
 */
class ReadmeExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("```\\n(\\$ \\./diagrams .*?)```", Pattern.DOTALL);

    /** An example: the command's arguments and the output lines the README shows. */
    record Example(String command, List<String> arguments, List<String> shown) {
        @Override
        public String toString() {
            return command.length() > 90 ? command.substring(0, 90) + "…" : command;
        }
    }

    static Stream<Example> examples() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<Example> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            List<String> lines = new ArrayList<>(List.of(m.group(1).split("\n")));
            StringBuilder command = new StringBuilder(lines.remove(0).substring("$ ./diagrams ".length()));
            while (command.toString().endsWith("\\")) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines.remove(0).strip());
            }
            List<String> shown = lines.stream().filter(l -> !l.isBlank() && !l.contains("…")).toList();
            out.add(new Example(command.toString(), words(command.toString()), shown));
        }
        assertTrue(out.size() >= 10, "README examples found: " + out.size());
        return out.stream();
    }

    /** Splits a command line as a shell would: words separated by spaces, single quotes kept together. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void printsWhatTheReadmeShows(Example example) {
        List<String> args = new ArrayList<>();
        for (String a : example.arguments()) {
            // paths in the README are relative to the repository root, one level above this module
            args.add(a.startsWith("examples/") ? Path.of("..", a).toString() : a);
        }
        Cli.Result r = Cli.run(args.toArray(new String[0]));
        List<String> printed = List.of(r.stdout().split("\n"));
        for (String line : example.shown()) {
            assertTrue(printed.contains(line), () -> "the README shows a line the command does not print:\n" + line
                    + "\n--- printed:\n" + r.stdout() + r.stderr());
        }
    }
}
