package dev.mcpkit.jreleaser;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.jreleaser.engine.context.ModelValidator;
import org.jreleaser.model.api.JReleaserCommand;
import org.jreleaser.model.api.JReleaserContext.Mode;
import org.jreleaser.model.internal.JReleaserContext;
import org.jreleaser.model.internal.JReleaserModelPrinter;
import org.jreleaser.workflow.Workflows;

/** The JReleaser workflows the bridge runs, with the mode and command JReleaser's own CLI gives each. */
enum Workflow {
    FULL_RELEASE("full-release", Mode.FULL, JReleaserCommand.FULL_RELEASE, context -> Workflows.fullRelease(context).execute()),
    RELEASE("release", Mode.FULL, JReleaserCommand.RELEASE, context -> Workflows.release(context).execute()),
    DEPLOY("deploy", Mode.DEPLOY, JReleaserCommand.DEPLOY, context -> Workflows.deploy(context).execute()),
    SIGN("sign", Mode.FULL, JReleaserCommand.SIGN, context -> Workflows.sign(context).execute()),
    CHECKSUM("checksum", Mode.FULL, JReleaserCommand.CHECKSUM, context -> Workflows.checksum(context).execute()),
    ASSEMBLE("assemble", Mode.ASSEMBLE, JReleaserCommand.ASSEMBLE, context -> Workflows.assemble(context).execute()),
    CONFIG("config", Mode.CONFIG, JReleaserCommand.CONFIG, Workflow::printConfiguration);

    private final String argument;
    private final Mode mode;
    private final JReleaserCommand command;
    private final Consumer<JReleaserContext> steps;

    Workflow(String argument, Mode mode, JReleaserCommand command, Consumer<JReleaserContext> steps) {
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

    void run(JReleaserContext context) {
        steps.accept(context);
    }

    /** What JReleaser's own config command does: validate, then print the resolved model (JReleaser masks secrets). */
    private static void printConfiguration(JReleaserContext context) {
        try {
            ModelValidator.validate(context);
            new JReleaserModelPrinter.Plain(((PrintWriterLogger) context.getLogger()).out()).print(context.getModel().asMap(false));
            context.report();
        } finally {
            context.getLogger().close();
        }
    }
}
