// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import de.innenstadt.core.city.Campaign;
import de.innenstadt.core.city.CampaignDraft;
import de.innenstadt.core.city.CampaignInvalidException;
import de.innenstadt.core.city.CampaignKind;
import de.innenstadt.core.city.CampaignService;
import de.innenstadt.core.city.CampaignService.MerchantChoice;
import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.city.FootfallLocation;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Campaigns, events and late-opening nights: the list, and one form to create or change one. The
 * service checks the draft; its problems are shown next to their fields.
 */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the list, already in the city's time. */
    public record Row(long id, String name, CampaignKind kind, String period, boolean publicCampaign, String points,
            int shops) {
    }

    @Inject
    private CampaignService campaigns;

    @Inject
    private CitySettingsService city;

    @Inject
    private CurrentActor actor;

    private List<Row> rows;
    private List<FootfallLocation> locations;
    private List<MerchantChoice> merchants;
    private boolean editing;
    private Long id;
    private String name;
    private CampaignKind kind;
    private LocalDateTime starts;
    private LocalDateTime ends;
    private String description;
    private boolean publicCampaign;
    private List<String> locationIds = new ArrayList<>();
    private List<String> merchantIds = new ArrayList<>();

    @PostConstruct
    void init() {
        locations = campaigns.locations(actor.get());
        merchants = campaigns.merchants(actor.get());
        load();
    }

    public void create() {
        clear();
        editing = true;
    }

    public void edit(long campaignId) {
        Campaign campaign = campaigns.find(actor.get(), campaignId).orElse(null);
        if (campaign == null) {
            message(FacesMessage.SEVERITY_WARN, "campaign.gone");
            load();
            return;
        }
        ZoneId zone = zone();
        id = campaign.getId();
        name = campaign.getName();
        kind = campaign.getKind();
        starts = campaign.getStartsAt().atZone(zone).toLocalDateTime();
        ends = campaign.getEndsAt().atZone(zone).toLocalDateTime();
        description = campaign.getDescription();
        publicCampaign = campaign.isPublic();
        locationIds = campaign.getLocations().stream().map(l -> l.getId().toString()).collect(Collectors.toList());
        merchantIds = campaign.getMerchants().stream().map(m -> m.getId().toString()).collect(Collectors.toList());
        editing = true;
    }

    public void save() {
        CampaignDraft draft = new CampaignDraft(id, name, kind, starts, ends, description, publicCampaign,
                ids(locationIds), ids(merchantIds));
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Campaign saved = campaigns.save(actor.get(), draft);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    MessageFormat.format(bundle().getString("campaign.saved"), saved.getName()), null));
            editing = false;
            clear();
            load();
        } catch (CampaignInvalidException e) {
            e.problems().forEach((field, key) -> faces.addMessage("campaign:" + field,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle().getString(key), null)));
            faces.validationFailed();
        }
    }

    public void delete(long campaignId, String campaignName) {
        campaigns.delete(actor.get(), campaignId);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(bundle().getString("campaign.deleted"), campaignName), null));
        if (id != null && id == campaignId) {
            editing = false;
            clear();
        }
        load();
    }

    public void cancel() {
        editing = false;
        clear();
    }

    private void load() {
        ZoneId zone = zone();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        rows = campaigns.all(actor.get()).stream()
                .map(c -> new Row(c.getId(), c.getName(), c.getKind(),
                        format.format(c.getStartsAt().atZone(zone)) + " – " + format.format(c.getEndsAt().atZone(zone)),
                        c.isPublic(),
                        c.getLocations().stream().map(FootfallLocation::getName).sorted().collect(Collectors.joining(", ")),
                        c.getMerchants().size()))
                .toList();
    }

    private void clear() {
        id = null;
        name = null;
        kind = CampaignKind.CAMPAIGN;
        starts = null;
        ends = null;
        description = null;
        publicCampaign = false;
        locationIds = new ArrayList<>();
        merchantIds = new ArrayList<>();
    }

    private ZoneId zone() {
        return city.current().getZone();
    }

    private static Set<Long> ids(List<String> values) {
        return values.stream().map(Long::valueOf).collect(Collectors.toSet());
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    private static void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, bundle().getString(key), null));
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<FootfallLocation> getLocations() {
        return locations;
    }

    public List<MerchantChoice> getMerchants() {
        return merchants;
    }

    public CampaignKind[] getKinds() {
        return CampaignKind.values();
    }

    public boolean isEditing() {
        return editing;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public void setKind(CampaignKind kind) {
        this.kind = kind;
    }

    public LocalDateTime getStarts() {
        return starts;
    }

    public void setStarts(LocalDateTime starts) {
        this.starts = starts;
    }

    public LocalDateTime getEnds() {
        return ends;
    }

    public void setEnds(LocalDateTime ends) {
        this.ends = ends;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isPublicCampaign() {
        return publicCampaign;
    }

    public void setPublicCampaign(boolean publicCampaign) {
        this.publicCampaign = publicCampaign;
    }

    public List<String> getLocationIds() {
        return locationIds;
    }

    public void setLocationIds(List<String> locationIds) {
        this.locationIds = locationIds;
    }

    public List<String> getMerchantIds() {
        return merchantIds;
    }

    public void setMerchantIds(List<String> merchantIds) {
        this.merchantIds = merchantIds;
    }
}
