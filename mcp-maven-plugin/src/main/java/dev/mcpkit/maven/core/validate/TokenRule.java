package dev.mcpkit.maven.core.validate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One provider's token format, as data: a prefix (a regular expression), then {@code minLength..maxLength}
 * characters of the alphabet (a character class) whose Shannon entropy, measured after the prefix, reaches
 * {@code minEntropy} bits per character, so that look-alikes such as {@code ghp_xxxx…} pass.
 */
public record TokenRule(String id, String provider, String prefix, String alphabet, int minLength, int maxLength,
                        double minEntropy) {

    /** Every format the scanner knows; SecretScannerTest holds a corpus (real shapes, look-alikes) for each id. */
    public static final List<TokenRule> KNOWN = List.of(
            new TokenRule("aws-access-key",      "AWS access key",             "(?:AKIA|ASIA)",                                                "[0-9A-Z]",       16, 16,   2.0),
            new TokenRule("github-token",        "GitHub token",               "(?:gh[pousr]_|github_pat_)",                                   "[A-Za-z0-9_]",   22, 255,  3.0),
            new TokenRule("gitlab-token",        "GitLab token",               "glpat-",                                                       "[A-Za-z0-9_-]",  20, 255,  3.0),
            new TokenRule("slack-token",         "Slack token",                "xox[abposr]-",                                                 "[A-Za-z0-9-]",   10, 255,  2.5),
            new TokenRule("slack-webhook",       "Slack webhook URL",          "https://hooks\\.slack\\.com/(?:services|workflows|triggers)/", "[A-Za-z0-9/]",   30, 255,  3.0),
            new TokenRule("sk-key",              "API key (sk-...)",           "sk-(?:ant-|proj-)?",                                           "[A-Za-z0-9_-]",  20, 255,  3.0),
            new TokenRule("stripe-key",          "Stripe live key",            "(?:sk|rk)_live_",                                              "[A-Za-z0-9]",    20, 255,  3.0),
            new TokenRule("huggingface-token",   "Hugging Face token",         "hf_",                                                          "[A-Za-z0-9]",    30, 40,   3.0),
            new TokenRule("npm-token",           "npm access token",           "npm_",                                                         "[A-Za-z0-9]",    36, 36,   3.0),
            new TokenRule("sendgrid-key",        "SendGrid API key",           "SG\\.",                                                        "[A-Za-z0-9_.-]", 66, 66,   3.5),
            new TokenRule("google-api-key",      "Google API key",             "AIza",                                                         "[0-9A-Za-z_-]",  35, 35,   3.0),
            new TokenRule("google-oauth-secret", "Google OAuth client secret", "GOCSPX-",                                                      "[A-Za-z0-9_-]",  28, 28,   3.0),
            new TokenRule("jwt",                 "JSON Web Token",             "eyJ[A-Za-z0-9_-]{8,}\\.eyJ",                                   "[A-Za-z0-9_.-]", 17, 8192, 3.0));

    /** Not preceded by a token character, not followed by one of the alphabet: part of a longer word is no token. */
    public Pattern pattern() {
        return Pattern.compile("(?<![A-Za-z0-9_-])" + prefix + "(?<body>" + alphabet + "{" + minLength + "," + maxLength + "})(?!"
                + alphabet + ")");
    }
}
