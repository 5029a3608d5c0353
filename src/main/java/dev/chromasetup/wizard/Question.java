package dev.chromasetup.wizard;

import java.util.List;
import java.util.Optional;

/**
 * The open question of the current step, in face-neutral terms: the plain face prints it as a numbered
 * prompt, the full-screen face as a form. {@code notes} are warnings and explanations shown before
 * the prompt; {@code error} is why the last answer was refused (the question is asked again).
 *
 * @param field         which field of the step this is (e.g. "stack-name"); stable for tests and views
 * @param choices       empty for free text; otherwise an answer must be one of the enabled values
 * @param secret        true when the answer must not be echoed (OTel headers)
 * @param confirmation  true for yes/no questions
 * @param choicesHeader column titles for the choices (the Size table), drawn aligned with their labels;
 *                      empty for none
 */
public record Question(
        Step step,
        String field,
        String title,
        List<String> notes,
        String prompt,
        String defaultValue,
        List<Choice> choices,
        boolean secret,
        boolean confirmation,
        Optional<String> error,
        String choicesHeader) {

    public Question {
        notes = List.copyOf(notes);
        choices = List.copyOf(choices);
    }

    public Question(Step step, String field, String title, List<String> notes, String prompt, String defaultValue,
                    List<Choice> choices, boolean secret, boolean confirmation, Optional<String> error) {
        this(step, field, title, notes, prompt, defaultValue, choices, secret, confirmation, error, "");
    }

    public Question withError(String message) {
        return new Question(step, field, title, notes, prompt, defaultValue, choices, secret, confirmation,
                Optional.of(message), choicesHeader);
    }

    public Question withChoicesHeader(String header) {
        return new Question(step, field, title, notes, prompt, defaultValue, choices, secret, confirmation, error,
                header);
    }
}
