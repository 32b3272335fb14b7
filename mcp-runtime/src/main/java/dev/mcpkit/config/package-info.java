/**
 * Settings: declaration, the configuration hierarchy, the OS keychain, {@code --setup},
 * {@code --validate-config}, the settings part of {@code --help} and {@code --describe}, and the audit log.
 * Free of Maven and of the server class: the command line calls into it.
 *
 * <h2>How a server's command line uses it</h2>
 * <pre>{@code
 * ConfigEnvironment env = ConfigEnvironment.builder(name).command(name).build();   // System.getenv, cwd, platform dirs, OS keychain, stderr
 * SettingsModel model = SettingsModel.scan(server)            // @Setting fields of the server (and superclasses)
 *         .scanObject(otherToolObject)                        // fields of other registered objects
 *         .add(AuditLog.setting())                            // MCP_AUDIT_LOG = off|stderr|file
 *         .toolNeeds("forecast", "WEATHER_API_KEY");          // from @Tool(settings = ...)
 * model.validate();                                           // SettingDeclarationException listing every mistake
 *
 * --help             SettingsHelp.render(model, env)
 * --describe         model.describeSettings()                 // the "settings" entries (docs/describe-schema.json)
 * --validate-config  ValidationReport r = new ValidationReport(new SettingsResolver(env).resolve(model));
 *                    print r.render() on stdout; exit r.exitCode()
 * --setup            TerminalConsole c = TerminalConsole.attached();   // null: no terminal -> error, exit 2
 *                    exit new SetupFlow(model, env).interactive(c)
 * --setup --non-interactive KEY=VALUE...
 *                    exit new SetupFlow(model, env).nonInteractive(assignments, System.out, System.err)
 * serving            ResolvedSettings s = new SettingsResolver(env).resolve(model, servingStdio, servingStdio ? null : TerminalConsole.attached());
 *                    s.injectInto();
 *                    String warning = s.startupWarning(); if (warning != null) System.err.println(warning);
 *                    AuditLog audit = AuditLog.fromSettings(s); audit.configurationLoaded(s);
 * each tools/call    String problem = s.missingForTool(tool); if (problem != null) -> isError:true result with that text
 * }</pre>
 *
 * <h2>Resolution order</h2>
 * Environment; {@code .env} in the config directory ({@link dev.mcpkit.config.PlatformDirs}); the
 * OS keychain (service = server name, account = key; only for settings still unresolved that are
 * secret or required; bounded wait, skipped with one stderr line when unusable); {@code .env} in the
 * working directory (last of the files: a client may start the server in a checkout the user does
 * not control); a prompt (terminal only, never while serving stdio); the default. Empty values
 * count as unset. A value that took text from a {@code ${VAR}} is treated as a secret.
 *
 * <h2>Where {@code --setup} saves</h2>
 * Secrets: the OS keychain when it accepts the value, else {@code <config dir>/.env}; everything else:
 * {@code <config dir>/.env}. That file is written owner-only (0600) through a temporary file moved into place.
 */
package dev.mcpkit.config;
