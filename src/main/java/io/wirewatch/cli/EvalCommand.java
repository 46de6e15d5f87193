package io.wirewatch.cli;

import io.wirewatch.Main;
import io.wirewatch.config.AppConfig;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code eval}: scores the analyzer against a gold file (the evaluator lives in {@code io.wirewatch.eval}). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate tagging and claim extraction against a gold standard.")
public final class EvalCommand implements Callable<Integer> {
    static final String EVALUATOR = "io.wirewatch.eval.Evaluator";

    @ParentCommand
    Main parent;

    @Mixin
    GlobalOptions global;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold annotations.")
    Path gold;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Directory of NDJSON texts.")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        AppConfig config = GlobalOptions.load(parent.global, global, Map.of());
        return callEvaluator(gold, corpus, config.configDir(), System.out);
    }

    /**
     * Calls {@code Evaluator.run(Path gold, Path corpusDir, Path configDir, PrintStream out)}. Looked up by
     * name while branch {@code gold} is not merged; replace with a direct call once it is.
     */
    static int callEvaluator(Path gold, Path corpus, Path configDir, PrintStream out) throws Exception {
        Class<?> evaluator;
        try {
            evaluator = Class.forName(EVALUATOR);
        } catch (ClassNotFoundException e) {
            System.err.println("eval: " + EVALUATOR + " is not in this build yet (branch 'gold')");
            return 3;
        }
        Method run = evaluator.getMethod("run", Path.class, Path.class, Path.class, PrintStream.class);
        try {
            Object result = run.invoke(null, gold, corpus, configDir, out);
            return result instanceof Integer code ? code : 0;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
