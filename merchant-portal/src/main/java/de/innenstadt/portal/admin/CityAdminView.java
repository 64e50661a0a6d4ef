// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.admin;

import de.innenstadt.core.city.CityPage;
import de.innenstadt.core.city.CityProfile;
import de.innenstadt.core.city.CitySettings;
import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.city.LegalPageHtml;
import de.innenstadt.portal.platform.Messages;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The admin keeps the city's own words: the legal pages (imprint, privacy notice, accessibility
 * statement) and the optional pages in Leichte Sprache and sign language, in German and English, with a
 * preview of what visitors will see; and the tagline and contact in the shop's frame. Name, region and
 * map stay with the installation's profile.
 */
@Named
@ViewScoped
public class CityAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CitySettingsService city;

    @Inject
    private CurrentActor actor;

    private String slug = CityProfile.REQUIRED_PAGES.get(0);
    private String locale = CityProfile.LOCALES.get(0);

    @Size(max = 200, message = "{portal.text.tooLong}")
    private String title;

    @Size(max = 200_000, message = "{portal.text.tooLong}")
    private String body;

    private String preview;

    @NotBlank(message = "{portal.text.required}")
    @Size(max = 300, message = "{portal.text.tooLong}")
    private String taglineDe;

    @NotBlank(message = "{portal.text.required}")
    @Size(max = 300, message = "{portal.text.tooLong}")
    private String taglineEn;

    @NotBlank(message = "{portal.email.required}")
    @Email(message = "{portal.email.invalid}")
    @Size(max = 200, message = "{portal.text.tooLong}")
    private String contactEmail;

    @NotBlank(message = "{portal.name.required}")
    @Size(max = 200, message = "{portal.text.tooLong}")
    private String operatorName;

    @PostConstruct
    void load() {
        CitySettings settings = city.current();
        taglineDe = settings.tagline(Locale.GERMAN);
        taglineEn = settings.tagline(Locale.ENGLISH);
        contactEmail = settings.getContactEmail();
        operatorName = settings.getOperatorName();
    }

    /** Shows the chosen page in the chosen language; a page the city has not written yet starts empty. */
    public void loadPage() {
        CityPage page = city.findPage(slug, locale).orElse(null);
        title = page == null ? Messages.text("city.page." + slug) : page.getTitle();
        body = page == null ? "" : page.getBodyHtml();
        preview = null;
    }

    public void showPreview() {
        LegalPageHtml.Cleaned cleaned = LegalPageHtml.clean(body);
        preview = cleaned.html();
        if (cleaned.changed()) {
            Messages.error("page:body", "city.page.cleaned");
        }
    }

    public void savePage() {
        boolean optional = CityProfile.OPTIONAL_PAGES.contains(slug);
        LegalPageHtml.Cleaned typed = LegalPageHtml.clean(body);
        if (typed.isEmpty() && !optional) {
            Messages.error("page:body", "city.page.required");
            return;
        }
        if (!typed.isEmpty() && (title == null || title.isBlank())) {
            Messages.error("page:title", "city.page.titleMissing");
            return;
        }
        LegalPageHtml.Cleaned saved = city.savePage(actor.get(), slug, locale, title, body);
        body = saved.html();
        preview = saved.isEmpty() ? null : saved.html();
        Messages.info(null, saved.isEmpty() ? "city.page.removed" : "city.page.saved", Messages.text("city.page." + slug));
        if (saved.changed()) {
            Messages.error("page:body", "city.page.cleaned");
        }
    }

    public void saveTexts() {
        city.saveTexts(actor.get(), taglineDe, taglineEn, contactEmail, operatorName);
        Messages.info(null, "city.texts.saved");
    }

    public List<String> getSlugs() {
        return Stream.concat(CityProfile.REQUIRED_PAGES.stream(), CityProfile.OPTIONAL_PAGES.stream()).toList();
    }

    public List<String> getLocales() {
        return CityProfile.LOCALES;
    }

    public String getSlug() {
        return slug;
    }

    /** Only the pages the city can have; anything else posted keeps the page shown. */
    public void setSlug(String slug) {
        if (getSlugs().contains(slug)) {
            this.slug = slug;
        }
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        if (CityProfile.LOCALES.contains(locale)) {
            this.locale = locale;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    /** The cleaned page as visitors will see it; null until asked for. */
    public String getPreview() {
        return preview;
    }

    public String getTaglineDe() {
        return taglineDe;
    }

    public void setTaglineDe(String taglineDe) {
        this.taglineDe = taglineDe;
    }

    public String getTaglineEn() {
        return taglineEn;
    }

    public void setTaglineEn(String taglineEn) {
        this.taglineEn = taglineEn;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getOperatorName() {
        return operatorName;
    }

    public void setOperatorName(String operatorName) {
        this.operatorName = operatorName;
    }
}
