package dev.mcpkit.model;

import java.util.List;

/** Checks tool arguments against the tool's input schema; returns one message per problem, empty when valid. */
public interface ArgumentsValidator {

    List<String> validate(Object arguments);
}
