package dev.mcpkit.model;

/** Told when the server's tools, resources or prompts change, or a resource's contents change. */
public interface ModelListener {

    void toolsChanged();

    void resourcesChanged();

    void promptsChanged();

    void resourceUpdated(String uri);
}
