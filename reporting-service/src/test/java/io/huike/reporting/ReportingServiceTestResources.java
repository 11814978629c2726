package io.huike.reporting;

import io.huike.testing.KafkaTestBroker;
import io.huike.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The real broker and this service's own test database, shared by every test of the module. */
@QuarkusTestResource(KafkaTestBroker.class)
@QuarkusTestResource(
        value = PostgresTestDatabase.class,
        initArgs = @ResourceArg(name = "database", value = "huike_reporting_test"))
public class ReportingServiceTestResources {}
