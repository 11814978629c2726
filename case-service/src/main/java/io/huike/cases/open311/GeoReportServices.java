package io.huike.cases.open311;

import io.huike.cases.Category;
import io.huike.kernel.refusals.InvalidInput;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Open311 services of every community: one per case category, its {@code service_code} the category's name. A
 * service that asks questions of a request has attributes ({@code metadata} true, answered in {@code attribute[code]}
 * fields); each is answered in real time ({@code type} realtime): a request is registered as a case at once.
 */
public final class GeoReportServices {

    /** One Open311 service: what integrating systems show their users. */
    public record Service(
            String code,
            String name,
            String group,
            String keywords,
            String description,
            List<ServiceAttribute> attributes) {

        public Category category() {
            return Category.valueOf(code);
        }

        /** Whether a request of the service is asked questions: GeoReport's {@code metadata}. */
        public boolean hasAttributes() {
            return !attributes.isEmpty();
        }
    }

    /** A drain the desk must send someone to: how bad, how many homes, where. */
    private static final List<ServiceAttribute> DRAIN_QUESTIONS = List.of(
            new ServiceAttribute(
                    "sewage_overflow",
                    ServiceAttribute.Datatype.SINGLEVALUELIST,
                    true,
                    1,
                    "污水外溢",
                    "是否有污水外溢？",
                    List.of(new ServiceAttribute.Value("yes", "有"), new ServiceAttribute.Value("no", "没有"))),
            new ServiceAttribute(
                    "households_affected", ServiceAttribute.Datatype.NUMBER, false, 2, "受影响户数", "大约有几户受影响？", List.of()),
            new ServiceAttribute(
                    "blocked_at",
                    ServiceAttribute.Datatype.MULTIVALUELIST,
                    false,
                    3,
                    "堵塞位置",
                    "哪里堵了？可多选",
                    List.of(
                            new ServiceAttribute.Value("kitchen", "厨房"),
                            new ServiceAttribute.Value("bathroom", "卫生间"),
                            new ServiceAttribute.Value("outdoors", "楼外管道"))));

    private static final Map<Category, Service> SERVICES = new EnumMap<>(Category.class);

    static {
        add(Category.POLICY_CONSULTATION, "政策咨询", "咨询帮扶", "政策,咨询,社保,医保,户籍,补贴", "社保、医保、户籍、补贴等政策的咨询");
        add(Category.HARDSHIP_RELIEF, "困难帮扶", "咨询帮扶", "困难,救助,帮扶,低保", "生活困难居民的救助与帮扶");
        add(Category.DISPUTE_MEDIATION, "矛盾调解", "邻里关系", "纠纷,调解,邻里,物业", "邻里、家庭、物业等纠纷的调解");
        add(Category.VOLUNTEER_SERVICE, "志愿服务", "邻里关系", "志愿者,志愿服务,互助", "志愿服务的需求与报名");
        add(Category.WATER_DRAINAGE, "供水排水", "市政设施", "停水,漏水,下水道,堵塞,污水", "停水、漏水、下水道堵塞、污水外溢", DRAIN_QUESTIONS);
        add(Category.POWER_LINES, "供电线路", "市政设施", "停电,电线,线路,飞线", "停电、线路老化、私拉电线");
        add(Category.GAS, "燃气", "市政设施", "燃气,煤气,漏气,燃气表", "燃气泄漏、燃气表与管道问题");
        add(Category.SANITATION, "环境卫生", "环境建设", "垃圾,清运,卫生,堆放", "垃圾清运、卫生死角、乱堆乱放");
        add(Category.RENOVATION, "老旧小区改造", "环境建设", "改造,加装电梯,楼道,维修", "老旧小区改造、加装电梯、楼道修缮");
        add(Category.HEALTH, "卫生健康", "公共服务", "健康,医疗,疫苗,卫生服务站", "社区卫生服务、就医与健康咨询");
        add(Category.OTHER, "其他事项", "其他", "其他", "其他需要社区协调办理的事项");
    }

    private GeoReportServices() {}

    private static void add(Category category, String name, String group, String keywords, String description) {
        add(category, name, group, keywords, description, List.of());
    }

    private static void add(
            Category category,
            String name,
            String group,
            String keywords,
            String description,
            List<ServiceAttribute> attributes) {
        SERVICES.put(category, new Service(category.name(), name, group, keywords, description, attributes));
    }

    /** Every service, in the order of the categories. */
    public static List<Service> all() {
        return Arrays.stream(Category.values()).map(SERVICES::get).toList();
    }

    /** The service of this code, exactly as {@code service_code} spells it. */
    public static Optional<Service> byCode(String code) {
        return Arrays.stream(Category.values())
                .filter(category -> category.name().equals(code))
                .findFirst()
                .map(SERVICES::get);
    }

    /**
     * The service named in a request's {@code field}, refused naming the field when it is missing or unknown.
     *
     * @throws InvalidInput when there is no such service
     */
    public static Service required(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput(field, "is required: one of the codes GET services lists");
        }
        return byCode(code.strip())
                .orElseThrow(() -> new InvalidInput(field, "no service has the code " + code.strip()));
    }
}
