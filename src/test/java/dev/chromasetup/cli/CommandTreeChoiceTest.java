package dev.chromasetup.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line starts with the top command alone when that is enough (a faster first frame), and
 * with the whole tree whenever a subcommand, the usage text or an error could be involved.
 */
class CommandTreeChoiceTest {
    private static boolean fullTree(String... args) {
        return !Cli.forArguments(null, args).getSubcommands().isEmpty();
    }

    @Test
    void deployFlagsAloneNeedOnlyTheTopCommand() {
        assertThat(fullTree()).isFalse();
        assertThat(fullTree("--region", "eu-west-1", "--instance-type", "t3.small", "--plain")).isFalse();
        assertThat(fullTree("--version")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "watch", "destroy", "deploy", "generate-completion"})
    void aSubcommandNameAnywhereGetsTheWholeTree(String name) {
        assertThat(fullTree(name)).isTrue();
        // even as an option's value: the whole tree decides what that means, as it always did
        assertThat(fullTree("--stack-name", name)).isTrue();
    }

    @Test
    void theNamesThatNeedTheWholeTreeAreExactlyItsSubcommands() {
        assertThat(Cli.commandLine(null).getSubcommands().keySet())
                .containsExactlyInAnyOrderElementsOf(CommandTree.SUBCOMMANDS);
    }

    @Test
    void helpAndErrorsGetTheWholeTree() {
        assertThat(fullTree("--help")).isTrue(); // the usage text lists the subcommands
        assertThat(fullTree("-h")).isTrue();
        assertThat(fullTree("--no-such-flag")).isTrue(); // errors come with the whole tree's suggestions
        assertThat(fullTree("statsu")).isTrue();
    }

    @Test
    void theTopCommandAloneParsesLikeTheWholeTree() {
        String[] args = {"--region", "eu-west-1", "--stack-name", "demo", "--yes", "--output", "json"};
        CommandLine.ParseResult alone = Cli.topOnly(null).parseArgs(args);
        CommandLine.ParseResult whole = Cli.commandLine(null).parseArgs(args);
        assertThat(alone.matchedOptions()).extracting(o -> o.longestName() + "=" + o.getValue())
                .containsExactlyElementsOf(whole.matchedOptions().stream()
                        .map(o -> o.longestName() + "=" + o.getValue()).toList());
        assertThat(whole.hasSubcommand()).isFalse();
    }
}
