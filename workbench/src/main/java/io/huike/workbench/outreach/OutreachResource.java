package io.huike.workbench.outreach;

import static io.huike.workbench.clients.PageParts.optional;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.clients.Versions;
import io.huike.workbench.layout.Formats;
import io.huike.workbench.layout.PageFrame;
import io.huike.workbench.layout.ProblemMessages;
import io.huike.workbench.outreach.client.ActivityKind;
import io.huike.workbench.outreach.client.ActivityRecord;
import io.huike.workbench.outreach.client.CampaignRecord;
import io.huike.workbench.outreach.client.HouseholdRecord;
import io.huike.workbench.outreach.client.MemberFourOnes;
import io.huike.workbench.outreach.client.OutreachClient;
import io.huike.workbench.outreach.client.PairingRecord;
import io.huike.workbench.outreach.client.VisitRecord;
import io.huike.workbench.session.CurrentCommunity;
import io.huike.workbench.session.SignedInUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Outreach on a phone: the households the signed-in member is paired with and the four ones each still owes this
 * year, a household's page with the form to record a visit (what was done counts for the pairing; a concern found
 * becomes a case), and a visit's page showing the concern's case and, once it came back, its outcome.
 */
@Path("/outreach")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
public class OutreachResource {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    /** The roles outreach-service lets record visits, activities and contacts. */
    static final List<String> RECORDING_ROLES = List.of(Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN);
    /** More pairings than one member ever has. */
    private static final int PAIRINGS = 200;
    /** The visits a household's page lists. */
    private static final int RECENT_VISITS = 10;

    private final OutreachClient outreach;
    private final CurrentCommunity community;
    private final SignedInUser user;
    private final PageFrame frame;
    private final ProblemMessages problems;

    OutreachResource(
            @RestClient OutreachClient outreach,
            CurrentCommunity community,
            SignedInUser user,
            PageFrame frame,
            ProblemMessages problems) {
        this.outreach = outreach;
        this.community = community;
        this.user = user;
        this.frame = frame;
        this.problems = problems;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(OutreachOverview view);

        static native TemplateInstance household(HouseholdPage view);

        static native TemplateInstance visit(VisitPage view);
    }

    /** My households with the four ones of this year, and the community's notification campaigns. */
    @GET
    public TemplateInstance overview() {
        String where = community.require();
        Optional<String> member = memberId();
        int year = LocalDate.now(Formats.ZONE).getYear();
        List<FourOnesCard> cards = List.of();
        if (member.isPresent()) {
            List<PairingRecord> pairings = outreach.pairings(where, member.get(), null, true, PAIRINGS);
            MemberFourOnes progress = pairings.isEmpty() ? null : outreach.fourOnesOfMember(where, member.get(), year);
            cards = FourOnesCard.forMember(pairings, progress);
        }
        Optional<List<CampaignRecord>> campaigns = optional(() -> outreach.campaigns(where));
        return frame.render(Templates.overview(new OutreachOverview(
                member.isPresent(), year, cards, canRecord(), campaigns.orElse(List.of()), campaigns.isPresent())));
    }

    /** A household: whom to call, the four ones of my pairing with it, the visit form and the recent visits. */
    @GET
    @Path("/households/{id}")
    public TemplateInstance household(@PathParam("id") String id) {
        String householdId = id(id);
        String where = community.require();
        LocalDate today = LocalDate.now(Formats.ZONE);
        return frame.render(Templates.household(page(where, householdId, HomeVisitDraft.fresh(today), "")));
    }

    /**
     * Records a visit: first what was done, for the pairing (when chosen), then the visit with the concern found. On
     * success the visit's page; else the household's page with what is wrong next to the fields. If what was done
     * was saved but the visit was refused, the form remembers it, so that sending it again does not count it twice.
     */
    @POST
    @Path("/households/{id}/visits")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    public Response recordVisit(@PathParam("id") String id, @BeanParam HomeVisitForm form) {
        String householdId = id(id);
        String where = community.require();
        OutreachMsg msg = messages();
        Optional<String> member = memberId();
        if (member.isEmpty()) {
            return Response.status(403)
                    .entity(frame.render(Templates.household(
                            page(where, householdId, HomeVisitDraft.of(form), msg.noMemberToRecord()))))
                    .build();
        }
        Optional<PairingRecord> pairing = pairing(where, member.get(), householdId);
        LocalDate today = LocalDate.now(Formats.ZONE);
        HomeVisitDraft draft = HomeVisitDraft.of(form).checked(msg, today, pairing.isPresent());
        if (draft.hasErrors()) {
            return Response.status(400)
                    .entity(frame.render(Templates.household(page(where, householdId, draft, ""))))
                    .build();
        }
        Optional<ActivityKind> counted = draft.recordedKind();
        if (draft.needsActivity() && pairing.isPresent()) {
            try {
                ActivityRecord saved =
                        outreach.recordActivity(where, pairing.get().id(), draft.activity());
                draft = draft.withRecordedActivity(saved.id());
                counted = draft.recordedKind();
            } catch (ServiceProblemException refused) {
                return refusal(where, householdId, draft, refused);
            }
        }
        try {
            VisitRecord visit = outreach.recordVisit(where, draft.visit(householdId, member.get()));
            String query =
                    "?saved=true" + counted.map(k -> "&counted=" + k.name()).orElse("");
            return Response.seeOther(URI.create("/outreach/visits/" + visit.id() + query))
                    .build();
        } catch (ServiceProblemException refused) {
            return refusal(where, householdId, draft, refused);
        }
    }

    /** A visit with its concerns: their cases and, once closed, the outcome to tell the household. */
    @GET
    @Path("/visits/{id}")
    public TemplateInstance visit(
            @PathParam("id") String id,
            @QueryParam("saved") boolean saved,
            @QueryParam("counted") String counted,
            @QueryParam("crossedOff") String crossedOff) {
        String where = community.require();
        ActivityKind kind = Arrays.stream(ActivityKind.values())
                .filter(k -> k.name().equals(counted))
                .findFirst()
                .orElse(null);
        return frame.render(
                Templates.visit(visitPage(where, id(id), saved, saved ? kind : null, crossedOff, null, null)));
    }

    /**
     * Crosses a concern off (销号): the member told the household its case's outcome, on the day given (today unless
     * the paper says otherwise). outreach-service refuses it unless the case is closed and the version is current.
     */
    @POST
    @Path("/visits/{id}/concerns/{concernId}/cross-off")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response crossOff(
            @PathParam("id") String id,
            @PathParam("concernId") String concernId,
            @RestForm String version,
            @RestForm String toldOn,
            @RestForm String note) {
        String where = community.require();
        String visitId = id(id);
        String concern = id(concernId);
        LocalDate told;
        try {
            told = toldOn == null || toldOn.isBlank() ? LocalDate.now(Formats.ZONE) : LocalDate.parse(toldOn.strip());
        } catch (DateTimeParseException notADay) {
            return crossOffRefused(400, where, visitId, concern, messages().toldOnNotADay());
        }
        String said = note == null || note.isBlank() ? null : note.strip();
        try {
            outreach.crossOff(where, concern, Versions.ifMatch(version), new OutreachClient.CrossOff(told, said));
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401 || refused.status() == 404) {
                throw refused;
            }
            return crossOffRefused(refused.status(), where, visitId, concern, problems.describe(refused.problem()));
        }
        return Response.seeOther(
                        URI.create("/outreach/visits/" + visitId + "?crossedOff=" + concern + "#concern-" + concern))
                .build();
    }

    private Response crossOffRefused(int status, String where, String visitId, String concern, String problem) {
        return Response.status(status)
                .entity(frame.render(Templates.visit(visitPage(where, visitId, false, null, null, concern, problem))))
                .build();
    }

    private VisitPage visitPage(
            String where,
            String visitId,
            boolean saved,
            ActivityKind counted,
            String crossedOff,
            String refusedConcern,
            String problem) {
        VisitRecord visit = outreach.visit(where, visitId);
        String name = visit.householdId() == null
                ? null
                : optional(() -> outreach.household(where, visit.householdId()))
                        .map(HouseholdRecord::name)
                        .orElse(null);
        return new VisitPage(
                visit,
                name,
                saved,
                counted,
                canRecord(),
                LocalDate.now(Formats.ZONE).toString(),
                crossedOff,
                refusedConcern,
                problem);
    }

    private Response refusal(String where, String householdId, HomeVisitDraft draft, ServiceProblemException refused) {
        if (refused.status() == 401) {
            throw refused;
        }
        HomeVisitDraft shown = draft.refusedWith(refused.problem());
        return Response.status(refused.status())
                .entity(frame.render(
                        Templates.household(page(where, householdId, shown, problems.describe(refused.problem())))))
                .build();
    }

    private HouseholdPage page(String where, String householdId, HomeVisitDraft draft, String problem) {
        HouseholdRecord household = outreach.household(where, householdId);
        Optional<String> member = memberId();
        FourOnesCard card = member.flatMap(m -> pairing(where, m, householdId).map(p -> progressOf(where, m, p)))
                .orElse(null);
        Optional<List<VisitRecord>> visits = optional(() -> outreach.visits(where, householdId, RECENT_VISITS));
        return new HouseholdPage(
                household,
                card,
                member.isPresent(),
                canRecord() && member.isPresent(),
                draft,
                draft.errorSummary(messages()),
                problem,
                LocalDate.now(Formats.ZONE).toString(),
                visits.orElse(List.of()),
                visits.isPresent());
    }

    private FourOnesCard progressOf(String where, String member, PairingRecord pairing) {
        MemberFourOnes progress = outreach.fourOnesOfMember(where, member, null);
        return FourOnesCard.forMember(List.of(pairing), progress).get(0);
    }

    /** The member's running pairing with the household, if any. */
    private Optional<PairingRecord> pairing(String where, String member, String householdId) {
        return outreach.pairings(where, member, householdId, true, PAIRINGS).stream()
                .filter(p -> p.active() && member.equals(p.memberId()) && householdId.equals(p.householdId()))
                .findFirst();
    }

    /**
     * The user's member id as outreach-service knows members: a UUID from the roster. Any other value names no
     * member there, so the page says there is nothing to show rather than asking with it.
     */
    private Optional<String> memberId() {
        return user.memberId().filter(OutreachResource::isUuid);
    }

    private boolean canRecord() {
        return user.hasAnyRole(RECORDING_ROLES);
    }

    private OutreachMsg messages() {
        return frame.language().messages(OutreachMsg.class);
    }

    static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }

    /** An id as it may stand in a path to outreach-service; anything else finds nothing. */
    static String id(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new NotFoundException();
        }
        return id;
    }
}
