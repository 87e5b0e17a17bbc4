package org.premise.cli;

/** Entry point of the {@code premise} command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code;
        try {
            code = PremiseCommand.commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // The stack is unwound: what filled the heap is garbage now, and there is room to say so.
            code = resources(args, "out of memory (a Java heap of " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB): give Java more with PREMISE_JAVA_OPTS=-Xmx8g, or bound the rules with --max-derived", e);
        } catch (StackOverflowError e) {
            code = resources(args, "stack overflow: an input nested too deeply, or a query path too long for the "
                    + "Java stack; give it more with PREMISE_JAVA_OPTS=-Xss64m", e);
        }
        System.exit(code);
    }

    private static int resources(String[] args, String message, Throwable e) {
        System.err.println("premise: " + message);
        if (java.util.List.of(args).contains("-v") || java.util.List.of(args).contains("--verbose")) {
            e.printStackTrace();
        }
        return ExitCodes.RESOURCES;
    }
}
