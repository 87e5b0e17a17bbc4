package org.premise.reason.rules;

import org.apache.jena.graph.Node;
import org.apache.jena.reasoner.rulesys.RuleContext;
import org.apache.jena.reasoner.rulesys.builtins.BaseBuiltin;
import org.apache.jena.util.PrintUtil;

/**
 * The rule builtin {@code print(...)}, writing to standard error instead of Jena's standard
 * output, where it would corrupt what a command writes (`infer --format nt`, a query's CSV).
 * Same name, same arguments, same text: a rule author's debugging line, out of the data's way.
 */
final class PrintToStandardError extends BaseBuiltin {
    @Override
    public String getName() {
        return "print";
    }

    @Override
    public boolean bodyCall(Node[] args, int length, RuleContext context) {
        print(args, length, context);
        return true;
    }

    @Override
    public void headAction(Node[] args, int length, RuleContext context) {
        print(args, length, context);
    }

    private void print(Node[] args, int length, RuleContext context) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < length; i++) {
            line.append(PrintUtil.print(getArg(i, args, context))).append(' ');
        }
        System.err.println(line);
    }
}
