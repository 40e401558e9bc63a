package org.presslens.cli;

import org.presslens.core.ConfigException;
import picocli.CommandLine;

/** Maps exceptions to one-line messages and exit codes: 2 for usage/configuration errors, 1 otherwise. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static int exitCode(Throwable t) {
        if (t instanceof UsageException || t instanceof ConfigException
                || t instanceof CommandLine.ParameterException) {
            return 2;
        }
        return 1;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        String name = cl.getCommandSpec().qualifiedName();
        int code = exitCode(ex);
        String msg = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        cl.getErr().println(name + ": " + (code == 2 ? "error: " : "failed: ") + msg);
        if (code != 2 && Boolean.getBoolean("presslens.debug")) {
            ex.printStackTrace(cl.getErr());
        }
        return code;
    }
}
