/**
 * Reads mcpkit's annotations from class files, so that start-up does not pay for reflection on every
 * annotated member. At the bottom of the runtime with {@code json}: it knows only the annotation
 * types of the public API.
 */
package dev.mcpkit.classfile;
