package dev.chromasetup.snippets;

/**
 * One ready-to-run client example. The install command is kept apart from the code because it is
 * run in a shell while the code goes into a file ({@code fileName}) or an editor.
 */
public record Snippet(String language, String install, String code, String fileName) {
}
