package dev.mcpkit.maven.core.validate;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Check tests start from a fresh {@link ProjectFixture} in their own temporary directory. */
abstract class WithProjectFixture {

    @TempDir
    Path tmp;

    ProjectFixture project;

    @BeforeEach
    void createProject() throws Exception {
        project = new ProjectFixture(tmp);
    }
}
