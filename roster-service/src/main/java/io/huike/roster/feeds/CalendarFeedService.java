package io.huike.roster.feeds;

import io.huike.kernel.refusals.NotPermitted;
import io.huike.roster.members.Member;
import io.huike.roster.members.MemberRepository;
import io.huike.roster.members.MemberService;
import io.huike.roster.rooms.ReceptionRoom;
import io.huike.roster.rooms.ReceptionRoomRepository;
import io.huike.roster.rooms.ShiftTemplate;
import io.huike.roster.shifts.DutyShift;
import io.huike.roster.shifts.DutyShiftRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Members' duty calendars for phone calendars. A phone cannot send a bearer token, so the feed is reached by a
 * secret in its URL: the secret itself is the caller's scope, and only its hash is stored.
 */
@ApplicationScoped
public class CalendarFeedService {

    /** How far back a feed reaches, so that last month's duty still shows. */
    private static final int DAYS_BACK = 62;
    /** How far ahead a feed reaches; rosters are generated a month or two ahead. */
    private static final int DAYS_AHEAD = 366;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MemberService members;
    private final MemberRepository memberRepository;
    private final ReceptionRoomRepository rooms;
    private final DutyShiftRepository shifts;
    private final Clock clock;

    CalendarFeedService(
            MemberService members,
            MemberRepository memberRepository,
            ReceptionRoomRepository rooms,
            DutyShiftRepository shifts,
            Clock clock) {
        this.members = members;
        this.memberRepository = memberRepository;
        this.rooms = rooms;
        this.shifts = shifts;
        this.clock = clock;
    }

    /**
     * Gives the member a new feed secret and returns it; the previous feed URL stops working. Only the member (the
     * token's subject is the member's id) or a community admin may do so, since renewing cuts the old feed off.
     */
    @Transactional
    public String renew(String community, UUID memberId, Collection<String> scope, String caller, boolean admin) {
        Member member = members.get(community, memberId, scope);
        if (!admin && !memberId.toString().equals(caller)) {
            throw new NotPermitted("Only the member or a community admin may renew a member's calendar feed");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        member.useCalendarFeed(hash(token));
        return token;
    }

    /** The member's calendar, or empty when the secret belongs to nobody. */
    @Transactional
    public Optional<String> feed(String token) {
        return memberRepository.findByCalendarFeed(hash(token)).map(this::render);
    }

    private String render(Member member) {
        LocalDate today = LocalDate.now(clock.withZone(DutyShift.ZONE));
        List<String> scope = List.of(member.communityId());
        Map<UUID, ReceptionRoom> roomsById = rooms.listInScope(member.communityId(), scope).stream()
                .collect(Collectors.toMap(ReceptionRoom::id, Function.identity()));
        List<ICalendarFeed.Entry> entries =
                shifts.ofMemberBetween(member.id(), today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD)).stream()
                        .map(shift -> {
                            ReceptionRoom room = roomsById.get(shift.roomId());
                            String shiftName = room.shifts().stream()
                                    .filter(t -> t.code().equals(shift.shiftCode()))
                                    .map(ShiftTemplate::name)
                                    .findFirst()
                                    .orElse(shift.shiftCode());
                            return new ICalendarFeed.Entry(shift, room.name(), shiftName, room.location());
                        })
                        .toList();
        return ICalendarFeed.render(member.name() + " 的值班", entries, clock.instant());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
