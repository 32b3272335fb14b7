package dev.mcpkit.jreleaser;

import java.util.Arrays;
import java.util.Optional;
import java.io.PrintWriter;
import java.util.function.BiConsumer;
import org.jreleaser.engine.context.ModelValidator;
import org.jreleaser.model.api.JReleaserCommand;
import org.jreleaser.model.api.JReleaserContext.Mode;
import org.jreleaser.model.internal.JReleaserContext;
import org.jreleaser.model.internal.JReleaserModelPrinter;
import org.jreleaser.workflow.Workflows;

/** The JReleaser workflows the bridge runs, with the mode and command JReleaser's own CLI gives each. */
enum Workflow {
    FULL_RELEASE("full-release", Mode.FULL, JReleaserCommand.FULL_RELEASE, (context, out) -> Workflows.fullRelease(context).execute()),
    RELEASE("release", Mode.FULL, JReleaserCommand.RELEASE, (context, out) -> Workflows.release(context).execute()),
    DEPLOY("deploy", Mode.DEPLOY, JReleaserCommand.DEPLOY, (context, out) -> Workflows.deploy(context).execute()),
    SIGN("sign", Mode.FULL, JReleaserCommand.SIGN, (context, out) -> Workflows.sign(context).execute()),
    CHECKSUM("checksum", Mode.FULL, JReleaserCommand.CHECKSUM, (context, out) -> Workflows.checksum(context).execute()),
    ASSEMBLE("assemble", Mode.ASSEMBLE, JReleaserCommand.ASSEMBLE, (context, out) -> Workflows.assemble(context).execute()),
    CONFIG("config", Mode.CONFIG, JReleaserCommand.CONFIG, Workflow::printConfiguration);

    private final String argument;
    private final Mode mode;
    private final JReleaserCommand command;
    private final BiConsumer<JReleaserContext, PrintWriter> steps;

    Workflow(String argument, Mode mode, JReleaserCommand command, BiConsumer<JReleaserContext, PrintWriter> steps) {
        this.argument = argument;
        this.mode = mode;
        this.command = command;
        this.steps = steps;
    }

    static Optional<Workflow> named(String argument) {
        return Arrays.stream(values()).filter(workflow -> workflow.argument.equals(argument)).findFirst();
    }

    static String names() {
        return String.join("|", Arrays.stream(values()).map(workflow -> workflow.argument).toList());
    }

    String argument() {
        return argument;
    }

    Mode mode() {
        return mode;
    }

    JReleaserCommand command() {
        return command;
    }

    /** Runs the workflow; {@code out} is where a workflow that prints (config) prints. */
    void run(JReleaserContext context, PrintWriter out) {
        steps.accept(context, out);
    }

    /** What JReleaser's own config command does: validate, then print the resolved model (JReleaser masks secrets). */
    private static void printConfiguration(JReleaserContext context, PrintWriter out) {
        try {
            ModelValidator.validate(context);
            new JReleaserModelPrinter.Plain(out).print(context.getModel().asMap(false));
            context.report();
        } finally {
            context.getLogger().close();
        }
    }
}
