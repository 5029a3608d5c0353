package dev.chromasetup.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chromasetup.config.SettingsLoader;
import dev.chromasetup.docs.DocLines.Line;
import dev.chromasetup.docs.DocLines.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The documentation cannot drift from the program: every {@code chroma-setup …} command line in
 * README.md, docs/*.md and samples/**\/README.md parses with the program's real picocli model (parse
 * only, nothing runs; placeholders such as NAME, REGION or DURATION get sample values of the right
 * type), every {@code --flag} the docs mention is an option of some command (or one of the few other
 * tools' flags listed below), configuration.md's table is exactly reference.conf's keys with the right
 * flag, commands and environment variable, and every CHROMA_SETUP_* variable named is real. Each
 * failure names the file and line.
 */
class DocsMatchTheProgramTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    /** Where a command line starts inside a fenced block: at the start, after a prompt, &&, ; or $( . */
    private static final Pattern INVOKE_FENCED = Pattern.compile(
            "(?:^\\s*(?:\\$\\s+)?|&&\\s*|;\\s*|\\$\\(\\s*)(?:\\./)?(?:bin/)?chroma-setup(?=\\s|$)");
    /** An inline code span that is a command line. */
    private static final Pattern INVOKE_SPAN = Pattern.compile("^(?:\\$\\s+)?(?:\\./)?(?:bin/)?chroma-setup(?=\\s|$)");
    /** Where a command line ends: a comment, a pipe, the next command, a redirection, a background &. */
    private static final Pattern COMMAND_END = Pattern.compile("\\s#|\\||&&|;|\\s\\d?>|\\s&\\s*$|\\)");
    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])--(\\[no-])?([a-z][a-z0-9]*(?:-[a-z0-9]+)*)");
    private static final Pattern PLACEHOLDER = Pattern.compile("^[A-Z][A-Z0-9_]*$|<.*>|^…$|^\\.\\.\\.$");
    private static final Pattern VARIABLE = Pattern.compile("CHROMA_SETUP_[A-Z0-9_]*[A-Z0-9]");

    /** Code that is not a shell command line of ours: never scanned for flags. */
    private static final Set<String> OTHER_LANGUAGES = Set.of("java", "hocon", "conf", "json", "python", "py",
            "ts", "typescript", "js", "javascript", "yaml", "yml", "xml", "properties");
    /** Lines and spans starting with these run another program: its flags are its own. */
    private static final Set<String> OTHER_TOOLS = Set.of("aws", "ssh", "pip", "pip3", "npm", "npx", "node", "tsc",
            "curl", "mvn", "./mvnw", "moto_server", "python", "python3", "git", "docker", "sudo", "cfn-lint",
            "shellcheck", "java", "tmux", "jbang", "brew", "cfn-signal", "sed", "chmod", "ls", "jlink", "bench/run.sh",
            "bash");
    /**
     * Flags of the AWS CLI that the docs quote outside an aws command span (in the review screen's
     * wrapped "Same as: aws cloudformation create-stack …" line and in prose about it).
     */
    private static final Set<String> OTHER_TOOLS_FLAGS = Set.of("--template-body", "--parameters", "--capabilities",
            "--query", "--filters", "--snapshot-id", "--availability-zone", "--instance-id", "--target");

    private static Map<String, Set<String>> options;
    private static Set<String> anyOption;
    private static List<Line> lines;

    @BeforeAll
    static void readDocsAndProgram() {
        options = ProgramCommands.optionsByCommand();
        anyOption = options.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
        lines = new ArrayList<>();
        for (Path file : DocLines.files(ROOT)) {
            lines.addAll(DocLines.read(ROOT, file));
        }
    }

    // ---- command lines ------------------------------------------------------------------------

    /** A chroma-setup command line found in the docs, as written and as tokens to parse. */
    record Example(Line line, String written, List<String> tokens) {
    }

    private static List<Example> examples() {
        List<Example> found = new ArrayList<>();
        for (Line line : lines) {
            if (line.fenced()) {
                if (OTHER_LANGUAGES.contains(line.language())) {
                    continue;
                }
                Matcher m = INVOKE_FENCED.matcher(line.text());
                while (m.find()) {
                    example(line, line.text().substring(m.end())).ifPresent(found::add);
                }
            } else {
                for (Span span : DocLines.spans(line)) {
                    Matcher m = INVOKE_SPAN.matcher(span.text());
                    if (m.find()) {
                        example(line, span.text().substring(m.end())).ifPresent(found::add);
                    }
                }
            }
        }
        return found;
    }

    /** The arguments after "chroma-setup", or empty when the words after it are not arguments (a title). */
    private static java.util.Optional<Example> example(Line line, String rest) {
        Matcher end = COMMAND_END.matcher(rest);
        String args = end.find() ? rest.substring(0, end.start()) : rest;
        List<String> tokens = new ArrayList<>();
        for (String t : shellWords(args)) {
            String clean = t.replace("[", "").replace("]", "");
            if (!clean.isEmpty()) {
                tokens.add(clean);
            }
        }
        if (!tokens.isEmpty() && !tokens.get(0).startsWith("-") && !tokens.get(0).matches("[a-z][a-z-]*|…")) {
            return java.util.Optional.empty(); // "chroma-setup ─ Credentials": a screen title, not a command
        }
        return java.util.Optional.of(new Example(line, ("chroma-setup " + args.strip()).strip(), tokens));
    }

    private static List<String> shellWords(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        boolean any = false;
        for (char c : s.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                any = true;
            } else if (Character.isWhitespace(c)) {
                if (any || w.length() > 0) {
                    words.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
            }
        }
        if (any || w.length() > 0) {
            words.add(w.toString());
        }
        return words;
    }

    /** Placeholders (NAME, REGION, DURATION, <ip>) replaced by sample values of the option's type. */
    private static List<String> withSamples(List<String> tokens) {
        CommandLine top = ProgramCommands.commandLine();
        CommandSpec spec = top.getCommandSpec();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (top.getSubcommands().containsKey(t)) {
                spec = top.getSubcommands().get(t).getCommandSpec();
                out.add(t);
                continue;
            }
            if (!t.startsWith("-")) {
                if (!t.equals("…") && !t.equals("...")) { // "more arguments here"
                    out.add(t);
                }
                continue;
            }
            String name = t.contains("=") ? t.substring(0, t.indexOf('=')) : t;
            OptionSpec option = spec.findOption(name);
            boolean takesValue = option != null && option.arity().max() > 0 && option.type() != Boolean.class
                    && option.type() != boolean.class;
            if (!takesValue) {
                out.add(t);
            } else if (t.contains("=")) {
                String value = t.substring(t.indexOf('=') + 1);
                out.add(name + "=" + (PLACEHOLDER.matcher(value).find() ? ProgramCommands.sampleValue(option) : value));
            } else {
                out.add(t);
                if (i + 1 < tokens.size()) {
                    String value = tokens.get(++i);
                    out.add(PLACEHOLDER.matcher(value).find() ? ProgramCommands.sampleValue(option) : value);
                }
            }
        }
        return out;
    }

    @Test
    void everyChromaSetupCommandLineInTheDocsParses() {
        List<String> problems = new ArrayList<>();
        for (Example e : examples()) {
            List<String> args = withSamples(e.tokens());
            try {
                ParseResult parsed = ProgramCommands.commandLine().parseArgs(args.toArray(String[]::new));
                if (parsed.subcommand() != null) {
                    // like CommandRunner: an option before the command name must be one that command takes
                    String command = parsed.subcommand().commandSpec().name();
                    for (OptionSpec o : parsed.matchedOptions()) {
                        if (!options.get(command).contains(o.longestName())) {
                            problems.add(e.line().where() + ": `" + e.written() + "`: " + o.longestName()
                                    + " before '" + command + "' does not apply to it");
                        }
                    }
                }
            } catch (CommandLine.ParameterException ex) {
                problems.add(e.line().where() + ": `" + e.written() + "` does not parse (as " + args + "): "
                        + ex.getMessage());
            }
        }
        assertThat(problems).as("command lines in the docs that the program would refuse").isEmpty();
    }

    @Test
    void theDocsShowEveryCommandAndTheExtractorFindsThem() {
        List<Example> found = examples();
        assertThat(found.size()).as("chroma-setup command lines found in the docs").isGreaterThan(30);
        Set<String> commands = new TreeSet<>();
        for (Example e : found) {
            e.tokens().stream().filter(options::containsKey).findFirst().ifPresent(commands::add);
        }
        assertThat(commands).as("commands shown in a command line somewhere in the docs")
                .containsAll(options.keySet().stream().filter(c -> !c.equals(ProgramCommands.TOP)).toList());
    }

    // ---- flags ----------------------------------------------------------------------------------

    @Test
    void everyFlagTheDocsMentionIsAnOptionOfTheProgram() {
        List<String> problems = new ArrayList<>();
        for (Line line : lines) {
            for (String text : ourText(line)) {
                Matcher m = FLAG.matcher(text);
                while (m.find()) {
                    List<String> names = m.group(1) == null ? List.of("--" + m.group(2))
                            : List.of("--" + m.group(2), "--no-" + m.group(2));
                    for (String name : names) {
                        if (!anyOption.contains(name) && !OTHER_TOOLS_FLAGS.contains(name)) {
                            problems.add(line.where() + ": " + name + " is not an option of chroma-setup or of any"
                                    + " of its commands (" + text.strip() + ")");
                        }
                    }
                }
            }
        }
        assertThat(problems).as("flags in the docs that the program does not have").isEmpty();
    }

    /** The parts of a line that talk about chroma-setup: not other languages, not other tools' commands. */
    private static List<String> ourText(Line line) {
        if (line.fenced()) {
            if (OTHER_LANGUAGES.contains(line.language()) || isOtherTool(line.text())) {
                return List.of();
            }
            return List.of(line.text());
        }
        List<String> parts = new ArrayList<>();
        parts.add(DocLines.withoutSpans(line));
        for (Span span : DocLines.spans(line)) {
            if (!isOtherTool(span.text())) {
                parts.add(span.text());
            }
        }
        return parts;
    }

    private static boolean isOtherTool(String text) {
        String first = text.strip().replaceFirst("^\\$\\s+", "").split("\\s+", 2)[0];
        return OTHER_TOOLS.contains(first);
    }

    @Test
    void everyOptionOfTheProgramIsDocumented() {
        Set<String> mentioned = new TreeSet<>();
        for (Line line : lines) {
            Matcher m = FLAG.matcher(line.text());
            while (m.find()) {
                mentioned.add("--" + m.group(2));
                if (m.group(1) != null) {
                    mentioned.add("--no-" + m.group(2));
                }
            }
        }
        Set<String> missing = new TreeSet<>(anyOption);
        missing.removeIf(o -> !o.startsWith("--") || o.equals("--help") || o.equals("--version"));
        missing.removeAll(mentioned);
        assertThat(missing).as("options of the program that no doc mentions").isEmpty();
    }

    // ---- configuration.md and reference.conf ------------------------------------------------------

    /** One row of configuration.md's key table. */
    record KeyRow(Line line, String key, String defaultCell, String flagCell, String variable) {
    }

    private static List<KeyRow> keyRows() {
        List<KeyRow> rows = new ArrayList<>();
        boolean inKeys = false;
        for (Line line : lines) {
            if (!line.file().equals(Path.of("docs", "configuration.md")) || line.fenced()) {
                continue;
            }
            if (line.text().startsWith("## ")) {
                inKeys = line.text().strip().equals("## Keys");
                continue;
            }
            if (!inKeys || !line.text().startsWith("| `")) {
                continue;
            }
            List<String> cells = cells(line.text());
            rows.add(new KeyRow(line, unquote(cells.get(0)), unquote(cells.get(1)), cells.get(2), unquote(cells.get(3))));
        }
        return rows;
    }

    /** Table cells split on | outside backticks. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        String inner = row.strip().replaceAll("^\\|", "").replaceAll("\\|$", "");
        for (char c : inner.toCharArray()) {
            if (c == '`') {
                code = !code;
            }
            if (c == '|' && !code) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private static String unquote(String cell) {
        return cell.replace("`", "").strip();
    }

    @Test
    void configurationMdListsExactlyTheKeysOfReferenceConf() {
        Set<String> reference = new TreeSet<>();
        SettingsLoader.reference().entrySet().forEach(e -> reference.add(e.getKey()));
        List<KeyRow> rows = keyRows();
        List<String> problems = new ArrayList<>();
        Set<String> documented = new TreeSet<>();
        for (KeyRow row : rows) {
            documented.add(row.key());
            if (!reference.contains(row.key())) {
                problems.add(row.line().where() + ": key " + row.key() + " is not in reference.conf");
            }
            if (reference.contains(row.key())) {
                String value = String.valueOf(SettingsLoader.reference().getValue(row.key()).unwrapped());
                String shown = row.defaultCell().replaceAll("^\"(.*)\"$", "$1");
                if (!shown.equals(value)) {
                    problems.add(row.line().where() + ": key " + row.key() + " defaults to \"" + value
                            + "\" in reference.conf, not " + row.defaultCell());
                }
            }
            String expected = SettingsLoader.envName(row.key());
            if (!row.variable().equals(expected)) {
                problems.add(row.line().where() + ": key " + row.key() + " is set by " + expected + ", not "
                        + row.variable());
            }
        }
        for (String key : reference) {
            if (!documented.contains(key)) {
                problems.add("docs/configuration.md: reference.conf key " + key + " has no row in the Keys table");
            }
        }
        assertThat(rows).as("rows of the Keys table in docs/configuration.md").isNotEmpty();
        assertThat(problems).as("configuration.md against reference.conf").isEmpty();
    }

    @Test
    void configurationMdNamesTheRightFlagAndCommandsForEachKey() {
        List<String> problems = new ArrayList<>();
        Set<String> subcommands = options.keySet().stream().filter(c -> !c.equals(ProgramCommands.TOP))
                .collect(Collectors.toCollection(TreeSet::new));
        for (KeyRow row : keyRows()) {
            String flag = "--" + row.key();
            Set<String> having = subcommands.stream().filter(c -> options.get(c).contains(flag))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (row.flagCell().equals("—") || row.flagCell().equals("-")) {
                if (!having.isEmpty()) {
                    problems.add(row.line().where() + ": key " + row.key() + " says no flag, but " + flag
                            + " exists on " + having);
                }
                continue;
            }
            Matcher first = FLAG.matcher(row.flagCell());
            if (!first.find() || !("--" + first.group(2)).equals(flag)) {
                problems.add(row.line().where() + ": key " + row.key() + " should name its flag " + flag + " first, not "
                        + row.flagCell());
                continue;
            }
            Matcher scope = Pattern.compile("\\(([^)]*)\\)\\s*$").matcher(row.flagCell());
            if (!scope.find()) {
                problems.add(row.line().where() + ": key " + row.key() + ": say which commands take " + flag
                        + ", e.g. \"(deploy, watch)\" or \"(all commands)\"");
                continue;
            }
            Set<String> said = scope.group(1).strip().equals("all commands") ? subcommands
                    : Arrays.stream(scope.group(1).split(",")).map(String::strip)
                            .collect(Collectors.toCollection(TreeSet::new));
            if (!said.equals(having)) {
                problems.add(row.line().where() + ": " + flag + " is an option of " + having + ", the table says "
                        + said);
            }
            if (having.contains("deploy") && !options.get(ProgramCommands.TOP).contains(flag)) {
                problems.add(row.line().where() + ": " + flag + " is a deploy option the bare command lacks");
            }
        }
        assertThat(problems).as("flags and commands in configuration.md's Keys table").isEmpty();
    }

    @Test
    void everyChromaSetupVariableNamedInTheDocsIsReal() throws IOException {
        Set<String> known = new TreeSet<>();
        SettingsLoader.reference().entrySet().forEach(e -> known.add(SettingsLoader.envName(e.getKey())));
        // variables read by the launcher script itself (CHROMA_SETUP_JAVA_OPTS)
        Matcher launcher = VARIABLE.matcher(Files.readString(ROOT.resolve("bin/chroma-setup"), StandardCharsets.UTF_8));
        while (launcher.find()) {
            known.add(launcher.group());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (Line line : lines) {
            Matcher m = VARIABLE.matcher(line.text());
            while (m.find()) {
                if (!known.contains(m.group())) {
                    problems.put(line.where() + ": " + m.group(), "no reference.conf key or launcher variable");
                }
            }
        }
        assertThat(problems).as("CHROMA_SETUP_* variables in the docs that nothing reads").isEmpty();
    }

    @Test
    void theReadmeKeepsItsTwoSetUpCommands() throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).as("README.md").contains("./mvnw -q package -DskipTests && bin/chroma-setup", "./mvnw verify");
    }
}
