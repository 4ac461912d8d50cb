package org.feynet.cli;

import picocli.CommandLine.Option;

/** Where the report goes and how errors are shown: the options every subcommand shares. */
final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE (atomically) instead of stdout")
    String file;

    @Option(names = "--debug", description = "show stack traces of errors")
    boolean debug;
}
