package io.wirewatch.testing;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Puts the seed of a falsified property, and its shrunk sample (bounded), into the failure message.
 *
 * <p>Why: Surefire writes jqwik's report to {@code target/surefire-reports/*-output.txt}, which a CI log
 * does not show; the failure message is what the log shows. With this, the log alone says how to
 * reproduce: {@code @Property(seed = "...")}. Registered for every property through
 * {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public final class SeedInFailureMessage implements AroundPropertyHook {
    /** A failure message can carry a whole text (an AssertJ comparison): keep the log readable. */
    private static final int MAX_MESSAGE_CHARS = 2_000;

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property)
            throws Throwable {
        PropertyExecutionResult result = property.execute();
        if (result.status() != PropertyExecutionResult.Status.FAILED) {
            return result;
        }
        String seed = result.seed().orElse("(none)");
        String sample = result.shrunkSample()
                .map(s -> s.parameters().stream().map(SeedInFailureMessage::show).toList().toString())
                .or(() -> result.originalSample()
                        .map(s -> s.parameters().stream().map(SeedInFailureMessage::show).toList().toString()))
                .orElse("(no sample)");
        Throwable cause = result.throwable().orElse(null);
        String original = cause == null ? "" : cause.getClass().getName() + ": " + cause.getMessage();
        if (original.length() > MAX_MESSAGE_CHARS) {
            original = original.substring(0, MAX_MESSAGE_CHARS) + "... (" + original.length() + " chars)";
        }
        String reproduce = context.targetMethod().isAnnotationPresent(net.jqwik.api.Example.class) ? ""
                : "; reproduce with @Property(seed = \"" + seed + "\")";
        AssertionError failure = new AssertionError(context.targetMethod().getName() + " falsified" + reproduce
                + "; sample " + sample + "; " + original, cause);
        return result.mapToFailed(failure);
    }

    private static String show(Object value) {
        if (value instanceof String s) {
            return BoundedTextFormat.bounded(s);
        }
        BoundedTextFormat format = new BoundedTextFormat();
        if (format.appliesTo(value)) {
            return format.report(value).toString();
        }
        String text = String.valueOf(value);
        return text.length() > BoundedTextFormat.PREFIX_CHARS ? BoundedTextFormat.bounded(text) : text;
    }
}
