// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.admin;

import de.innenstadt.core.account.OnboardingService;
import de.innenstadt.core.account.OnboardingService.Invitation;
import de.innenstadt.core.account.OnboardingService.MerchantChoice;
import de.innenstadt.core.account.OnboardingService.RefusedException;
import de.innenstadt.core.account.OnboardingService.StaffInvitation;
import de.innenstadt.core.platform.Role;
import de.innenstadt.portal.platform.Messages;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The admin invites a merchant by e-mail, into a merchant that is already listed (e.g. from the
 * demo or an import) or a new one, or a city manager or another admin. The person sets the password
 * through the mailed link.
 */
@Named
@ViewScoped
public class InvitationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OnboardingService onboarding;

    @Inject
    private CurrentActor actor;

    @NotBlank(message = "{portal.email.required}")
    @Email(message = "{portal.email.invalid}")
    @Size(max = 200, message = "{portal.text.tooLong}")
    private String email;

    @NotBlank(message = "{portal.name.required}")
    @Size(max = 160, message = "{portal.text.tooLong}")
    private String displayName;

    /** What the person will do: {@link Role#groupName()} of the role, the merchant's by default. */
    private String role = Role.MERCHANT.groupName();

    private Long merchantId;

    @Size(max = 160, message = "{portal.text.tooLong}")
    private String newMerchantName;

    private List<MerchantChoice> merchants;

    public void invite() {
        Role invitedRole = Role.ofGroup(role);
        if (invitedRole == Role.MERCHANT && merchantId == null && (newMerchantName == null || newMerchantName.isBlank())) {
            Messages.error("invite:newMerchant", "invite.merchant.missing");
            return;
        }
        try {
            String login = invitedRole == Role.MERCHANT
                    ? onboarding.invite(actor.get(), new Invitation(email, displayName, merchantId,
                            merchantId == null ? newMerchantName : null))
                    : onboarding.inviteStaff(actor.get(), new StaffInvitation(email, displayName, invitedRole));
            Messages.info(null, "invite.sent", login);
            email = null;
            displayName = null;
            role = Role.MERCHANT.groupName();
            merchantId = null;
            newMerchantName = null;
            merchants = null;
        } catch (RefusedException e) {
            Messages.error("invite:email", "invite.exists");
        }
    }

    public boolean isMerchantInvited() {
        return Role.MERCHANT.groupName().equals(role);
    }

    public String getRole() {
        return role;
    }

    /** Only the three roles' names reach the service; anything else posted is the merchant's. */
    public void setRole(String role) {
        this.role = Arrays.stream(Role.values()).map(Role::groupName).filter(name -> name.equals(role)).findFirst()
                .orElse(Role.MERCHANT.groupName());
    }

    public List<MerchantChoice> getMerchants() {
        if (merchants == null) {
            merchants = onboarding.findMerchantChoices(actor.get());
        }
        return merchants;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(Long merchantId) {
        this.merchantId = merchantId;
    }

    public String getNewMerchantName() {
        return newMerchantName;
    }

    public void setNewMerchantName(String newMerchantName) {
        this.newMerchantName = newMerchantName;
    }
}
