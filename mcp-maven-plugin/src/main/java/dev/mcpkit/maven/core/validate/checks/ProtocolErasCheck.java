package dev.mcpkit.maven.core.validate.checks;

import dev.mcpkit.maven.core.describe.ProtocolEras;
import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;
import java.util.List;

/**
 * Which eras of MCP the server answers: stateless clients of 2026-07-28, and clients that open a session with
 * {@code initialize} (2025-11-25 and earlier, most clients today). Both is what mcp-runtime serves; a server that
 * serves one era only is reported, and one that no client of today can open a session with is a warning.
 */
public final class ProtocolErasCheck implements Check {

    @Override
    public String id() {
        return "ux.protocol-eras";
    }

    @Override
    public Category category() {
        return Category.USER_EXPERIENCE;
    }

    @Override
    public String title() {
        return "clients of both protocol eras can connect (stateless 2026-07-28, and initialize)";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        ServerDescriptor described = Described.orNote(model, findings);
        if (described == null) {
            return;
        }
        List<String> versions = described.protocolVersions();
        boolean stateless = !ProtocolEras.stateless(versions).isEmpty();
        boolean sessions = !ProtocolEras.withInitialize(versions).isEmpty();
        if (stateless && sessions) {
            findings.info("serves MCP " + ProtocolEras.describe(versions));
        } else if (sessions) {
            findings.info("serves MCP " + ProtocolEras.describe(versions) + " only: a client of " + ProtocolEras.FIRST_STATELESS
                    + " must fall back to initialize (a server on mcp-runtime serves both eras)");
        } else {
            findings.warning("serves MCP " + (versions.isEmpty() ? "no protocol version it names" : ProtocolEras.describe(versions))
                    + ": clients that start with initialize (2025-11-25 and earlier, most clients today) cannot connect",
                    "serve initialize as well: mcp-runtime serves both eras from one server");
        }
    }
}
