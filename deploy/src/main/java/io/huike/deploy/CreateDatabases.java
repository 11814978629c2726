package io.huike.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Creates PostgreSQL databases that do not exist yet, for machines without the {@code psql} client.
 *
 * <p>Usage: {@code CreateDatabases [--recreate] HOST PORT USER DATABASE...}. Connects to the {@code postgres}
 * maintenance database without a password (trust authentication) and prints one line per database. With {@code
 * --recreate} an existing database is emptied (its public schema dropped and made anew), as for the identity provider's
 * database, which starts from the realm kept in the repository each time.
 */
public final class CreateDatabases {

    private CreateDatabases() {}

    public static void main(String[] arguments) throws SQLException {
        boolean recreate = arguments.length > 0 && arguments[0].equals("--recreate");
        String[] args = recreate ? Arrays.copyOfRange(arguments, 1, arguments.length) : arguments;
        if (args.length < 4) {
            System.err.println("usage: CreateDatabases [--recreate] HOST PORT USER DATABASE...");
            System.exit(2);
        }
        String url = "jdbc:postgresql://" + args[0] + ":" + Integer.parseInt(args[1]) + "/postgres";
        Properties properties = new Properties();
        properties.setProperty("user", args[2]);
        List<String> databases = Arrays.asList(args).subList(3, args.length);

        try (Connection connection = DriverManager.getConnection(url, properties)) {
            for (String database : databases) {
                if (recreate && exists(connection, database)) {
                    emptySchema(url.replaceFirst("/postgres$", "/" + database), properties);
                    System.out.println("database " + database + " emptied");
                } else if (exists(connection, database)) {
                    System.out.println("database " + database + " exists");
                } else {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + LocalPostgres.quoteIdentifier(database));
                    }
                    System.out.println("database " + database + " created");
                }
            }
        }
    }

    /**
     * Drops and recreates the public schema rather than the database: DROP DATABASE waits until every session on the
     * server has absorbed its signal, so one stalled client elsewhere would hold the start up.
     */
    private static void emptySchema(String url, Properties properties) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, properties);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
