package dev.mcpkit.protocol;

import dev.mcpkit.McpException;
import dev.mcpkit.model.ResourceDefinition;
import dev.mcpkit.model.ResultMapper;
import java.util.Map;

/** {@code resources/read}: a fixed URI or the first template that matches; -32002 if none (-32602 on 2026-07-28). */
final class ResourcesReadHandler implements MethodHandler {

    @Override
    public boolean runsUserCode() {
        return true;
    }

    @Override
    public Object handle(Exchange ex) throws Exception {
        String uri = ex.requireString("uri");
        ResourceDefinition r = ex.session().model().findResource(uri);
        if (r == null) {
            McpException notFound = McpException.resourceNotFound(uri);
            // 2026-07-28 keeps -32002 for nothing: an unknown resource is invalid params there
            throw ex.session().isStateless() ? new McpException(McpException.INVALID_PARAMS, notFound.getMessage(), notFound.data()) : notFound;
        }
        Map<String, String> variables = r.isTemplate() ? r.template().match(uri) : Map.of();
        Object value = UserCode.run(ex, "resource " + uri, new ReadCall(r, uri, variables, new CallContext(ex)));
        return ResultMapper.resourceResult(value, uri, r.mimeType());
    }

    private static final class ReadCall implements UserCode.Body {
        private final ResourceDefinition resource;
        private final String uri;
        private final Map<String, String> variables;
        private final CallContext context;

        ReadCall(ResourceDefinition resource, String uri, Map<String, String> variables, CallContext context) {
            this.resource = resource;
            this.uri = uri;
            this.variables = variables;
            this.context = context;
        }

        @Override
        public Object run() throws Exception {
            return resource.reader().read(uri, variables, context);
        }
    }
}
