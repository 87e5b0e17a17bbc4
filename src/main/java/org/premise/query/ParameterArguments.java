package org.premise.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.premise.BadInputException;

/** Reads the {@code --param name=value} arguments of a command into a parameter map. */
public final class ParameterArguments {
    private ParameterArguments() {}

    /**
     * Splits each argument at its first {@code =}; the name may carry a leading {@code ?}.
     * Keeps the order given.
     *
     * @throws BadInputException for an argument without {@code =} or with an empty name, or a
     *         parameter given twice
     */
    public static Map<String, String> parse(List<String> arguments) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            String name = eq < 0 ? "" : argument.substring(0, eq).strip().replaceFirst("^[?$]", "");
            if (name.isEmpty()) {
                throw new BadInputException("--param \"" + argument + "\": expected name=value, e.g. statement=ex:s1");
            }
            if (parameters.put(name, argument.substring(eq + 1)) != null) {
                throw new BadInputException("--param " + name + " is given twice");
            }
        }
        return parameters;
    }
}
