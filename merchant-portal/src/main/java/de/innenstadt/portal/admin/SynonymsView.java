// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.admin;

import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.city.CitySynonyms;
import de.innenstadt.portal.platform.IndexMaintenance;
import de.innenstadt.portal.platform.Messages;
import de.innenstadt.portal.security.CurrentActor;
import de.innenstadt.search.SearchUnavailableException;
import de.innenstadt.search.SynonymPreview;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The city's own search words: the admin writes rules („tempo, taschentücher“), tries a word against
 * them before saving (what search would look for as well), and saves; saving rebuilds the search
 * index, since the rules are part of its definition, while search keeps answering from the old one.
 */
@Named
@ViewScoped
public class SynonymsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CitySettingsService city;

    @Inject
    private SynonymPreview preview;

    @Inject
    private IndexMaintenance maintenance;

    @Inject
    private CurrentActor actor;

    @Size(max = 300_000, message = "{portal.text.tooLong}")
    private String rules;

    @Size(max = 100, message = "{portal.text.tooLong}")
    private String word;

    /** What the tried word finds as well; null until a word was tried. */
    private List<String> alsoFinds;

    @PostConstruct
    void load() {
        rules = String.join("\n", city.current().getSynonyms());
    }

    public void tryWord() {
        alsoFinds = null;
        if (word == null || word.isBlank()) {
            Messages.error("synonyms:word", "synonyms.word.missing");
            return;
        }
        CitySynonyms.Reading reading = read();
        if (reading == null) {
            return;
        }
        try {
            alsoFinds = preview.alsoFinds(reading.rules(), word);
        } catch (SearchUnavailableException e) {
            Messages.error("synonyms:word", "synonyms.searchDown");
        }
    }

    public void save() {
        CitySynonyms.Reading reading = read();
        if (reading == null) {
            return;
        }
        city.saveSynonyms(actor.get(), reading.rules());
        rules = String.join("\n", reading.rules());
        maintenance.startRebuild();
        Messages.info(null, "synonyms.saved", reading.rules().size());
    }

    /** The typed rules, or null after telling the admin which lines are not rules. */
    private CitySynonyms.Reading read() {
        CitySynonyms.Reading reading = CitySynonyms.read(rules);
        if (reading.problems().isEmpty()) {
            return reading;
        }
        String lines = reading.problems().stream().map(problem -> String.valueOf(problem.line()))
                .collect(Collectors.joining(", "));
        Messages.error("synonyms:rules", "synonyms.problems", reading.problems().size(), lines);
        return null;
    }

    public String getRules() {
        return rules;
    }

    public void setRules(String rules) {
        this.rules = rules;
    }

    public String getWord() {
        return word;
    }

    public void setWord(String word) {
        this.word = word;
    }

    public List<String> getAlsoFinds() {
        return alsoFinds;
    }

    public String getAlsoFindsText() {
        return alsoFinds == null ? "" : String.join(", ", alsoFinds);
    }
}
