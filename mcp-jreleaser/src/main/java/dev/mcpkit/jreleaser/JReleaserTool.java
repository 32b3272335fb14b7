package dev.mcpkit.jreleaser;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.spi.ToolProvider;
import org.jreleaser.engine.context.ContextCreator;
import org.jreleaser.model.JReleaserVersion;
import org.jreleaser.model.internal.JReleaserContext;
import org.jreleaser.model.internal.JReleaserModel;

/**
 * Runs one JReleaser workflow on a JSON configuration. mcp:publish finds this class with
 * {@link java.util.ServiceLoader} in a class loader of its own and talks to it through {@link ToolProvider}
 * only, so nothing but JDK types crosses between the plugin and JReleaser.
 *
 * <p>Exit codes: 0 success, 1 JReleaser failed (the reason on {@code err}), 2 bad arguments (usage on {@code err}).
 */
public final class JReleaserTool implements ToolProvider {
    static final int SUCCESS = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;

    @Override
    public String name() {
        return "mcpkit-jreleaser";
    }

    @Override
    public int run(PrintWriter out, PrintWriter err, String... args) {
        Arguments.Parsed parsed = Arguments.parse(args);
        if (parsed instanceof Arguments.Invalid invalid) {
            invalid.mistakes().forEach(mistake -> err.println("mcpkit-jreleaser: " + mistake));
            err.println(Arguments.USAGE);
            err.flush();
            return USAGE;
        }
        Arguments arguments = ((Arguments.Valid) parsed).arguments();
        // JReleaser loads its parsers, templates and extensions through the context class loader too
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JReleaserTool.class.getClassLoader());
        try {
            run(arguments, out);
            return SUCCESS;
        } catch (IOException | RuntimeException failure) {
            report(failure, arguments.debug(), err);
            return FAILURE;
        } finally {
            thread.setContextClassLoader(previous);
            out.flush();
            err.flush();
        }
    }

    private static void run(Arguments arguments, PrintWriter out) throws IOException {
        Path directory = arguments.jreleaserDirectory();
        Files.createDirectories(directory);
        PrintWriter tracer = new PrintWriter(Files.newBufferedWriter(directory.resolve("trace.log"), StandardCharsets.UTF_8), true);
        PrintWriterLogger logger = new PrintWriterLogger(out, tracer, arguments.debug());
        try {
            logger.info("JReleaser {}", JReleaserVersion.getPlainVersion());
            logger.increaseIndent();
            logger.info("- configuration {}", arguments.config());
            logger.info("- basedir set to {}", arguments.basedir());
            logger.info("- outputdir set to {}", directory);
            logger.decreaseIndent();
            JReleaserModel model = ContextCreator.resolveModel(logger, arguments.config());
            JReleaserContext context = ContextCreator.create(
                    logger,
                    JReleaserContext.Configurer.CLI_JSON,
                    arguments.workflow().mode(),
                    arguments.workflow().command(),
                    model,
                    arguments.basedir(),
                    null,
                    directory,
                    false,
                    arguments.dryRun(),
                    arguments.gitRootSearch(),
                    false,
                    false,
                    List.of(),
                    List.of());
            addVariables(context, arguments);
            if (!arguments.dryRun()) {
                arguments.workflow().run(context, out);
                return;
            }
            Set<String> packagers = PackagerRepositories.turnOff(model);
            if (!packagers.isEmpty()) {
                logger.info("dry run: the repositories of {} are neither looked up, created nor cloned", packagers);
            }
            if (CentralDeployers.skipExistenceCheck(model)) {
                logger.info("dry run: Maven Central is not asked whether the staged files are published already");
            }
            try (OfflineProxySelector offline = OfflineProxySelector.install()) {
                try {
                    arguments.workflow().run(context, out);
                } finally {
                    if (!offline.refused().isEmpty()) {
                        out.println("dry run: connections to " + String.join(", ", offline.refusedHosts())
                                + " were refused; nothing left this machine");
                    }
                }
            }
        } finally {
            // the workflows close the logger themselves; closing twice is harmless
            logger.close();
        }
    }

    /**
     * JReleaser reads its variables (JRELEASER_*) from the process environment, ~/.jreleaser/config.properties
     * and the project's .env once, on first validation; loading them here first lets --env values win over
     * those without touching the process environment, system properties or a file.
     */
    private static void addVariables(JReleaserContext context, Arguments arguments) {
        if (arguments.environment().isEmpty()) {
            return;
        }
        context.getModel().getEnvironment().initProps(context);
        context.getModel().getEnvironment().getVars().putAll(arguments.environment());
    }

    /** The reason and its causes, one a line; the stack trace only when debugging (it is always in trace.log). */
    private static void report(Exception failure, boolean debug, PrintWriter err) {
        if (debug) {
            failure.printStackTrace(err);
            return;
        }
        List<String> messages = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
            if (messages.stream().noneMatch(seen -> seen.contains(message))) {
                messages.add(message);
            }
        }
        err.println("mcpkit-jreleaser: " + messages.get(0));
        messages.stream().skip(1).forEach(message -> err.println("  caused by: " + message));
    }
}
