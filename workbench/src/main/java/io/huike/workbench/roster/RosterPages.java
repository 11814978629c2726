package io.huike.workbench.roster;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.layout.Formats;
import io.huike.workbench.layout.Language;
import io.huike.workbench.roster.DutyActions.ShiftAction;
import io.huike.workbench.roster.DutyActions.SwapAction;
import io.huike.workbench.roster.client.ClosureRecord;
import io.huike.workbench.roster.client.CoverageReport;
import io.huike.workbench.roster.client.KeptShift;
import io.huike.workbench.roster.client.MemberView;
import io.huike.workbench.roster.client.RoomView;
import io.huike.workbench.roster.client.RosterMonth;
import io.huike.workbench.roster.client.ShiftView;
import io.huike.workbench.roster.client.SwapRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Makes the roster page's view from what roster-service told, for one user at one moment. */
public final class RosterPages {

    /** Who looks: their member id (if their token names one) and roles. */
    public record Viewer(Optional<String> memberId, Set<String> roles) {

        boolean admin() {
            return roles.contains(Roles.COMMUNITY_ADMIN);
        }
    }

    private final RosterData data;
    private final Viewer viewer;
    private final Instant now;
    private final LocalDate today;
    private final Language language;
    private final RosterMsg msg;
    private final Map<String, String> roomNames;
    private final Map<String, Map<String, String>> shiftNames;
    private final Map<String, String> memberNames;
    private final Map<String, KeptShift> shifts;

    private RosterPages(
            RosterData data, Viewer viewer, Instant now, LocalDate today, Language language, RosterMsg msg) {
        this.data = data;
        this.viewer = viewer;
        this.now = now;
        this.today = today;
        this.language = language;
        this.msg = msg;
        this.roomNames = data.rooms().stream()
                .filter(r -> r.id() != null)
                .collect(Collectors.toMap(
                        RoomView::id, r -> r.name() == null ? r.id() : r.name(), (a, b) -> a, LinkedHashMap::new));
        this.shiftNames = data.rooms().stream()
                .filter(r -> r.id() != null)
                .collect(Collectors.toMap(
                        RoomView::id,
                        r -> r.shifts().stream()
                                .filter(s -> s.code() != null)
                                .collect(Collectors.toMap(
                                        RoomView.Shift::code,
                                        s -> s.name() == null || s.name().isBlank() ? s.code() : s.name(),
                                        (a, b) -> a)),
                        (a, b) -> a));
        this.memberNames = data.members().stream()
                .filter(m -> m.id() != null)
                .collect(Collectors.toMap(MemberView::id, m -> m.name() == null ? m.id() : m.name(), (a, b) -> a));
        this.shifts = data.shiftsById();
    }

    /** The page for the viewer; {@code doneMessage} confirms a success (empty for none), {@code failure} a refusal. */
    public static RosterPage page(
            RosterData data,
            Viewer viewer,
            Instant now,
            LocalDate today,
            Language language,
            RosterMsg msg,
            String doneMessage,
            FormFailure failure) {
        return new RosterPages(data, viewer, now, today, language, msg).page(doneMessage, failure);
    }

    private RosterPage page(String doneMessage, FormFailure failure) {
        YearMonth month = data.month();
        Set<String> swapped = data.swaps().stream()
                .map(SwapRecord::shiftId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<RosterPage.SwapLine> forMe = new ArrayList<>();
        List<RosterPage.SwapLine> asked = new ArrayList<>();
        List<RosterPage.SwapLine> toApprove = new ArrayList<>();
        for (SwapRecord swap : data.swaps()) {
            RosterPage.SwapLine line = swapLine(swap);
            boolean mine = viewer.memberId()
                    .filter(me -> me.equals(swap.fromMemberId()))
                    .isPresent();
            boolean toMe =
                    viewer.memberId().filter(me -> me.equals(swap.toMemberId())).isPresent();
            if (toMe) {
                forMe.add(line);
            } else if (mine) {
                asked.add(line);
            } else if (viewer.admin()) {
                toApprove.add(line);
            }
        }
        Optional<KeptShift> current = DutyActions.current(data.mineToday(), now);
        String nextToday = current.isPresent()
                ? ""
                : DutyActions.nextToday(data.mineToday(), now)
                        .map(s -> msg.nextShiftToday(
                                roomName(s.roomId()), shiftName(s.roomId(), s.shiftCode()), time(s.startTime())))
                        .orElse("");
        return new RosterPage(
                month.toString(),
                Months.label(month, language),
                month.minusMonths(1).toString(),
                month.plusMonths(1).toString(),
                viewer.admin(),
                DutyActions.takesDuty(viewer.roles()),
                viewer.memberId().isPresent(),
                current.map(this::currentDuty).orElse(null),
                nextToday,
                data.todayKnown(),
                myShifts(swapped),
                data.swapsKnown(),
                swapGroups(forMe, asked, toApprove),
                data.roomsKnown(),
                rooms(),
                gaps(),
                viewer.admin() ? coverage() : null,
                members(),
                counterShifts(),
                doneMessage == null ? "" : doneMessage,
                failure);
    }

    private List<RosterPage.SwapGroup> swapGroups(
            List<RosterPage.SwapLine> forMe, List<RosterPage.SwapLine> asked, List<RosterPage.SwapLine> others) {
        List<RosterPage.SwapGroup> groups = new ArrayList<>();
        if (!forMe.isEmpty()) {
            groups.add(new RosterPage.SwapGroup("swaps-for-me", msg.swapsForMe(), List.copyOf(forMe)));
        }
        if (!asked.isEmpty()) {
            groups.add(new RosterPage.SwapGroup("swaps-asked", msg.swapsAsked(), List.copyOf(asked)));
        }
        if (!others.isEmpty()) {
            groups.add(new RosterPage.SwapGroup("swaps-to-approve", msg.swapsOthers(), List.copyOf(others)));
        }
        return groups;
    }

    private RosterPage.CurrentDuty currentDuty(KeptShift s) {
        Set<ShiftAction> actions = DutyActions.forShift(s, viewer.memberId(), viewer.roles(), true, now);
        return new RosterPage.CurrentDuty(
                s.id(),
                roomName(s.roomId()),
                shiftName(s.roomId(), s.shiftCode()),
                s.startTime(),
                s.endTime(),
                s.checkedInAt(),
                actions.contains(ShiftAction.CHECK_IN),
                actions.contains(ShiftAction.CHECK_OUT));
    }

    private List<RosterPage.MyShift> myShifts(Set<String> swapped) {
        if (viewer.memberId().isEmpty()) {
            return List.of();
        }
        String me = viewer.memberId().get();
        Map<String, KeptShift> kept =
                data.mineToday().stream().collect(Collectors.toMap(KeptShift::id, s -> s, (a, b) -> a));
        return data.rosters().values().stream()
                .flatMap(Optional::stream)
                .flatMap(r -> r.shifts().stream())
                .filter(s -> me.equals(s.memberId()) && s.id() != null && s.date() != null)
                .map(s -> kept.getOrDefault(s.id(), KeptShift.planned(s)))
                .sorted(Comparator.comparing(KeptShift::date)
                        .thenComparing(KeptShift::startTime, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(s -> {
                    boolean open = swapped.contains(s.id());
                    return new RosterPage.MyShift(
                            s.id(),
                            MonthGrid.label(s.date(), language),
                            roomName(s.roomId()),
                            shiftName(s.roomId(), s.shiftCode()),
                            s.startTime(),
                            s.endTime(),
                            s.date().isBefore(today),
                            open,
                            DutyActions.forShift(s, viewer.memberId(), viewer.roles(), open, now)
                                    .contains(ShiftAction.ASK_SWAP));
                })
                .toList();
    }

    private RosterPage.SwapLine swapLine(SwapRecord swap) {
        Set<SwapAction> actions =
                DutyActions.forSwap(swap.state(), swap.toMemberId(), viewer.memberId(), viewer.roles());
        return new RosterPage.SwapLine(
                swap.id(),
                shiftText(swap.shiftId()),
                memberName(swap.fromMemberId()),
                memberName(swap.toMemberId()),
                swap.counterShiftId() == null ? "" : shiftText(swap.counterShiftId()),
                swapState(swap.state()),
                swap.note() == null ? "" : swap.note(),
                actions.contains(SwapAction.ACCEPT),
                actions.contains(SwapAction.DECLINE),
                actions.contains(SwapAction.APPROVE));
    }

    private List<RosterPage.RoomMonth> rooms() {
        Map<LocalDate, String> closures = data.closures().stream()
                .filter(c -> c.date() != null)
                .collect(Collectors.toMap(ClosureRecord::date, c -> c.reason() == null ? "" : c.reason(), (a, b) -> a));
        List<RosterPage.RoomMonth> rooms = new ArrayList<>();
        for (RoomView room : data.rooms()) {
            if (room.id() == null) {
                continue;
            }
            String name = roomName(room.id());
            Optional<RosterMonth> roster = data.rosters().get(room.id());
            if (roster == null) {
                rooms.add(new RosterPage.RoomMonth(room.id(), name, false, false, null));
            } else if (roster.isEmpty()) {
                rooms.add(new RosterPage.RoomMonth(room.id(), name, true, false, null));
            } else {
                MonthGrid grid = MonthGrid.of(
                        data.month(),
                        room.shifts(),
                        roster.get(),
                        closures,
                        memberNames,
                        viewer.memberId(),
                        today,
                        language);
                rooms.add(new RosterPage.RoomMonth(room.id(), name, true, true, grid));
            }
        }
        return rooms;
    }

    private List<RosterPage.GapLine> gaps() {
        List<RosterPage.GapLine> gaps = new ArrayList<>();
        for (RoomView room : data.rooms()) {
            Optional<RosterMonth> roster =
                    room.id() == null ? null : data.rosters().get(room.id());
            if (roster == null || roster.isEmpty()) {
                continue;
            }
            roster.get().gaps().stream()
                    .filter(g -> g.day() != null)
                    .sorted(Comparator.comparing(RosterMonth.Gap::day))
                    .forEach(g -> gaps.add(new RosterPage.GapLine(
                            roomName(room.id()),
                            MonthGrid.label(g.day(), language),
                            g.shiftCode() == null ? "" : shiftName(room.id(), g.shiftCode()),
                            gapReason(g.reason()))));
        }
        return gaps;
    }

    private RosterPage.CoverageView coverage() {
        if (data.coverage().isEmpty()) {
            return new RosterPage.CoverageView(false, List.of(), List.of(), List.of(), 0, 0);
        }
        CoverageReport report = data.coverage().get();
        List<RosterPage.HandOverLine> handOver = report.toHandOver().stream()
                .filter(h -> h.day() != null)
                .sorted(Comparator.comparing(CoverageReport.ToHandOver::day))
                .map(h -> {
                    KeptShift s = h.shiftId() == null ? null : shifts.get(h.shiftId());
                    String shift = s == null ? h.shiftCode() : shiftName(s.roomId(), h.shiftCode());
                    return new RosterPage.HandOverLine(
                            MonthGrid.label(h.day(), language),
                            shift == null ? "" : shift,
                            memberName(h.memberId()),
                            "INACTIVE".equals(h.reason()) ? msg.handOverInactive() : msg.handOverLeave());
                })
                .toList();
        List<String> notGenerated = report.notGenerated().stream()
                .map(n -> roomName(n.roomId()) + " · " + monthLabel(n.month()))
                .toList();
        List<RosterPage.OverloadLine> overloaded = report.overloaded().stream()
                .map(o -> new RosterPage.OverloadLine(
                        o.name() == null ? memberName(o.memberId()) : o.name(), o.shifts(), o.fairShare()))
                .toList();
        CoverageReport.Kept kept = report.attendance() == null ? new CoverageReport.Kept(0, 0) : report.attendance();
        return new RosterPage.CoverageView(true, handOver, notGenerated, overloaded, kept.ended(), kept.checkedIn());
    }

    /** The active members other than the viewer, by name: whom a swap can be asked of. */
    private List<RosterPage.Option> members() {
        return data.members().stream()
                .filter(MemberView::active)
                .filter(m -> m.id() != null
                        && viewer.memberId().filter(m.id()::equals).isEmpty())
                .map(m -> new RosterPage.Option(m.id(), m.name() == null ? m.id() : m.name()))
                .sorted(Comparator.comparing(RosterPage.Option::name))
                .toList();
    }

    /** The other members' shifts of the month not yet started, by member: what can be offered in exchange. */
    private List<RosterPage.OptionGroup> counterShifts() {
        if (viewer.memberId().isEmpty()) {
            return List.of();
        }
        String me = viewer.memberId().get();
        Map<String, List<RosterPage.Option>> byMember = new LinkedHashMap<>();
        data.rosters().values().stream()
                .flatMap(Optional::stream)
                .flatMap(r -> r.shifts().stream())
                .filter(s -> s.id() != null && s.memberId() != null && !me.equals(s.memberId()))
                .filter(s -> s.date() != null && s.startTime() != null)
                .filter(s -> s.date()
                        .atTime(s.startTime())
                        .atZone(Formats.ZONE)
                        .toInstant()
                        .isAfter(now))
                .sorted(Comparator.comparing((ShiftView s) -> s.date()).thenComparing(ShiftView::startTime))
                .forEach(s -> byMember.computeIfAbsent(s.memberId(), id -> new ArrayList<>())
                        .add(new RosterPage.Option(
                                s.id(),
                                MonthGrid.label(s.date(), language) + " " + shiftName(s.roomId(), s.shiftCode()) + " "
                                        + time(s.startTime()) + "–" + time(s.endTime()))));
        return byMember.entrySet().stream()
                .map(e -> new RosterPage.OptionGroup(memberName(e.getKey()), List.copyOf(e.getValue())))
                .sorted(Comparator.comparing(RosterPage.OptionGroup::label))
                .toList();
    }

    private String shiftText(String shiftId) {
        KeptShift s = shiftId == null ? null : shifts.get(shiftId);
        if (s == null || s.date() == null) {
            return msg.unknownShift();
        }
        return MonthGrid.label(s.date(), language) + " · " + roomName(s.roomId()) + " · "
                + shiftName(s.roomId(), s.shiftCode()) + " " + time(s.startTime()) + "–" + time(s.endTime());
    }

    private String roomName(String roomId) {
        return roomId == null ? "" : roomNames.getOrDefault(roomId, roomId);
    }

    private String shiftName(String roomId, String code) {
        if (code == null) {
            return "";
        }
        return shiftNames.getOrDefault(roomId, Map.of()).getOrDefault(code, code);
    }

    private String memberName(String memberId) {
        if (memberId == null) {
            return "";
        }
        return memberNames.getOrDefault(memberId, memberId);
    }

    private String monthLabel(String value) {
        try {
            return Months.label(YearMonth.parse(value), language);
        } catch (RuntimeException unreadable) {
            return value == null ? "" : value;
        }
    }

    private String gapReason(String reason) {
        return "NO_DAILY_SKILL_AVAILABLE".equals(reason) ? msg.gapNoSkill() : msg.gapNoMember();
    }

    private String swapState(String state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case "REQUESTED" -> msg.swapRequested();
            case "ACCEPTED" -> msg.swapAccepted();
            case "APPROVED" -> msg.swapApproved();
            case "DECLINED" -> msg.swapDeclined();
            default -> state;
        };
    }

    private static String time(LocalTime t) {
        return t == null ? "" : t.toString();
    }
}
