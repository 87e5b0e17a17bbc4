package org.premise.server.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.premise.BadInputException;

/** The query parameters of a GET to one of the analysis endpoints, checked against the names it takes. */
final class Parameters {
    private final Map<String, String[]> given;

    private Parameters(Map<String, String[]> given) {
        this.given = given;
    }

    /**
     * The request's parameters, refusing a name the endpoint does not take (naming those it
     * takes): a mistyped {@code retrac=} must not look like an empty change.
     */
    static Parameters of(HttpServletRequest request, Set<String> accepted) {
        Map<String, String[]> given = request.getParameterMap();
        for (String name : given.keySet()) {
            if (!accepted.contains(name)) {
                throw new BadInputException("unknown parameter \"" + name + "\"; this endpoint takes "
                        + String.join(", ", new TreeSet<>(accepted)));
            }
        }
        return new Parameters(given);
    }

    /** Every non-blank value of a repeatable parameter, in order. */
    List<String> all(String name) {
        List<String> values = new ArrayList<>();
        Arrays.stream(given.getOrDefault(name, new String[0])).map(String::strip).filter(v -> !v.isEmpty()).forEach(values::add);
        return values;
    }

    /** The one value of a parameter, or null when it is absent or blank. */
    String one(String name) {
        List<String> values = all(name);
        if (values.size() > 1) throw new BadInputException("parameter \"" + name + "\" is given " + values.size() + " times");
        return values.isEmpty() ? null : values.get(0);
    }

    /** The value of a parameter that must be given. */
    String required(String name, String example) {
        String value = one(name);
        if (value == null) throw new BadInputException("give the parameter " + name + ", e.g. " + example);
        return value;
    }
}
