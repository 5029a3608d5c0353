package dev.chromasetup.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's Markdown documentation read line by line, each line knowing its file, its number and
 * whether it sits in a fenced code block (and the fence's language). Fenced lines ending in a
 * backslash are joined with the lines they continue, keeping the first line's number.
 */
final class DocLines {
    /** One line (or one joined shell command) of a Markdown file. */
    record Line(Path file, int number, String text, boolean fenced, String language) {
        String where() {
            return file + ":" + number;
        }
    }

    /** One inline code span (`...`) outside fenced blocks. */
    record Span(Line line, String text) {
    }

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)\\s*([A-Za-z0-9_+-]*).*$");
    private static final Pattern SPAN = Pattern.compile("(`+)(.+?)\\1");

    private DocLines() {
    }

    /** README.md, every docs/*.md and every samples/**\/README.md under {@code root}, in a stable order. */
    static List<Path> files(Path root) {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"));
             Stream<Path> samples = Files.walk(root.resolve("samples"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            samples.filter(p -> p.getFileName().toString().equals("README.md"))
                    .filter(p -> !p.toString().contains("node_modules")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static List<Line> read(Path root, Path file) {
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path shown = root.relativize(file);
        List<Line> lines = new ArrayList<>();
        boolean fenced = false;
        String language = "";
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i);
            Matcher fence = FENCE.matcher(text);
            if (fence.matches()) {
                fenced = !fenced;
                language = fenced ? fence.group(2).toLowerCase(Locale.ROOT) : "";
                continue;
            }
            int number = i + 1;
            if (fenced) {
                StringBuilder joined = new StringBuilder(text);
                while (joined.toString().stripTrailing().endsWith("\\") && i + 1 < raw.size()
                        && !FENCE.matcher(raw.get(i + 1)).matches()) {
                    String t = joined.toString().stripTrailing();
                    joined.setLength(0);
                    joined.append(t, 0, t.length() - 1).append(' ').append(raw.get(++i).strip());
                }
                text = joined.toString();
            }
            lines.add(new Line(shown, number, text, fenced, language));
        }
        return lines;
    }

    /** The inline code spans of a line outside fences. */
    static List<Span> spans(Line line) {
        List<Span> spans = new ArrayList<>();
        if (line.fenced()) {
            return spans;
        }
        Matcher m = SPAN.matcher(line.text());
        while (m.find()) {
            spans.add(new Span(line, m.group(2).strip()));
        }
        return spans;
    }

    /** The line without its inline code spans (what prose remains). */
    static String withoutSpans(Line line) {
        return SPAN.matcher(line.text()).replaceAll(" ");
    }
}
