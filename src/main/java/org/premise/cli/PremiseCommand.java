package org.premise.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.sys.JenaSystem;
import org.premise.BadInputException;
import org.premise.rdf.RemoteContexts;
import org.premise.rdf.StandardInput;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code premise} command: lists the verbs and maps errors to exit codes. */
@Command(name = "premise",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Ask a knowledge graph of arguments which conclusions rest on which assumptions, "
                + "and what happens to them if an assumption fails.",
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 bad usage or bad input, 3 check found violations."},
        subcommands = {
                ReportCommand.class,
                QueryCommand.class,
                WhatifCommand.class,
                CredenceCommand.class,
                DrawCommand.class,
                QueriesCommand.class,
                InferCommand.class,
                ExplainCommand.class,
                CheckCommand.class,
                RenderCommand.class,
                ServeCommand.class,
                LoadCommand.class,
                IngestCommand.class,
                ImportAifCommand.class,
                ExportAifCommand.class,
                VoidCommand.class,
                LinkCommand.class,
                CommandLine.HelpCommand.class
        })
public final class PremiseCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Process-wide, as the parser's document loader is; every run starts refusing. */
    @CommandLine.Option(names = "--allow-remote-context", scope = CommandLine.ScopeType.INHERIT,
            description = "Let JSON-LD input fetch the remote @context it names (http:, https:, file:); refused by default.")
    void allowRemoteContext(boolean allow) {
        RemoteContexts.allow(allow);
    }

    /** Process-wide, as standard input is; every run starts without one ({@link StandardInput#reset}). */
    @CommandLine.Option(names = "--input-format", paramLabel = "FORMAT", scope = CommandLine.ScopeType.INHERIT,
            description = "The syntax of standard input given as the file '-': " + StandardInput.WORDS
                    + " (default: Turtle; digest text for ingest, AIF for import-aif). Gzip is recognised by itself.")
    void inputFormat(String format) {
        try {
            StandardInput.useFormat(format);
        } catch (BadInputException e) {
            // Picocli reports a ParameterException from a setter as it is: one line, exit 2.
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Read from the parse result ({@link Console}); declared here so that every verb takes it. */
    @CommandLine.Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Print no progress, notes or summary on stderr; errors are still printed.")
    boolean quiet;

    /** Read from the parse result ({@link RunTimer}). */
    @CommandLine.Option(names = "--time", scope = CommandLine.ScopeType.INHERIT,
            description = "At the end, print the elapsed wall time and the peak Java heap on stderr.")
    boolean time;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: subcommands, exit codes, one-line errors. */
    public static CommandLine commandLine() {
        JenaSystem.init();
        RemoteContexts.allow(false);
        StandardInput.reset(System.in);
        CommandLine cli = new CommandLine(new PremiseCommand());
        // Digests hold any Unicode: write UTF-8 whatever the platform's default charset.
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionStrategy(PremiseCommand::execute);
        cli.setExecutionExceptionHandler(PremiseCommand::handleExecutionException);
        cli.setParameterExceptionHandler(PremiseCommand::handleParameterException);
        cli.setExitCodeExceptionMapper(e -> e instanceof BadInputException ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL);
        return cli;
    }

    /**
     * Runs the verb. With {@code --quiet} its stderr is silenced while it runs, so that no verb
     * prints a note; errors are printed afterwards by the exception handler, on the real stderr.
     */
    private static int execute(CommandLine.ParseResult parsed) {
        boolean quiet = matched(parsed, "--quiet");
        RunTimer timer = matched(parsed, "--time") ? RunTimer.start() : null;
        Map<CommandLine, PrintWriter> errs = new LinkedHashMap<>();
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            errs.put(p.commandSpec().commandLine(), p.commandSpec().commandLine().getErr());
        }
        if (quiet) errs.keySet().forEach(c -> c.setErr(new PrintWriter(Writer.nullWriter())));
        try {
            return new CommandLine.RunLast().execute(parsed);
        } finally {
            errs.forEach(CommandLine::setErr);
            if (timer != null) {
                PrintWriter err = parsed.commandSpec().commandLine().getErr();
                err.println("premise: " + timer.describe());
                err.flush();
            }
        }
    }

    /** Whether an option was given to the root command or to any verb under it. */
    static boolean matched(CommandLine.ParseResult parsed, String option) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(option)) return true;
        }
        return false;
    }

    private static int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean verbose = isVerbose(parsed);
        if (e instanceof BadInputException bad) {
            err.println("premise: " + bad.toUserMessage());
            if (verbose) bad.printStackTrace(err);
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println("premise: internal error: " + e + (verbose ? "" : " (run with -v for the stack trace)"));
        if (verbose) e.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("premise: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    private static boolean isVerbose(CommandLine.ParseResult parsed) {
        return matched(parsed, "-v");
    }
}
