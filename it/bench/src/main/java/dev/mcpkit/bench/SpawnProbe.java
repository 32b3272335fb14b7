package dev.mcpkit.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One cold start: spawn → initialize response, then initialize → first tools/call echo result. */
final class SpawnProbe {

    private SpawnProbe() {
    }

    record Sample(double initializeMs, double firstCallMs) {
    }

    static Sample measure(ServerSpec spec, ServerProcess.Limits limits) {
        try (ServerProcess s = ServerProcess.start(spec, List.of(), limits)) {
            s.phase("spawn -> initialize", limits.phase());
            s.send(McpMessages.initialize(0));
            s.flush();
            Map<String, Object> init = s.readResponse();
            long initialized = System.nanoTime();
            // answer at once, as a client does; the checks overlap with the server's work
            s.phase("initialize -> first tools/call", limits.phase());
            s.send(McpMessages.INITIALIZED);
            s.send(McpMessages.echoCall(1));
            s.flush();
            Map<String, Object> call;
            try {
                McpMessages.checkInitialize(init, 0);
                call = s.readResponse();
            } catch (McpMessages.BadResponse e) {
                throw new BenchmarkException(s.failure(e.getMessage()), e);
            }
            long answered = System.nanoTime();
            checkEcho(s, call, 1);
            s.closeInput();
            // the next spawn must not share the CPU with this one's shutdown
            s.awaitExit(Duration.ofSeconds(5));
            return new Sample((initialized - s.startNanos()) / 1e6, (answered - initialized) / 1e6);
        }
    }

    static void checkEcho(ServerProcess s, Map<String, Object> response, long id) {
        String problem;
        try {
            long got = McpMessages.responseId(response);
            problem = got != id ? "answered id " + got + ", expected " + id : McpMessages.echoProblem(response, id);
        } catch (McpMessages.BadResponse e) {
            problem = e.getMessage();
        }
        if (problem != null) {
            throw new BenchmarkException(s.failure(problem));
        }
    }
}
