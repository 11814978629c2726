package io.huike.workbench.roster.client;

import java.util.List;

/** A member as the workbench needs them: who they are, what they are good at, whether they still serve. */
public record MemberView(String id, String name, String kind, List<String> skills, boolean active) {}
