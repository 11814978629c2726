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
 * <p>Usage: {@code CreateDatabases HOST PORT USER DATABASE...}. Connects to the {@code postgres}
 * maintenance database without a password (trust authentication) and prints one line per database.
 */
public final class CreateDatabases {

    private CreateDatabases() {}

    public static void main(String[] args) throws SQLException {
        if (args.length < 4) {
            System.err.println("usage: CreateDatabases HOST PORT USER DATABASE...");
            System.exit(2);
        }
        String url = "jdbc:postgresql://" + args[0] + ":" + Integer.parseInt(args[1]) + "/postgres";
        Properties properties = new Properties();
        properties.setProperty("user", args[2]);
        List<String> databases = Arrays.asList(args).subList(3, args.length);

        try (Connection connection = DriverManager.getConnection(url, properties)) {
            for (String database : databases) {
                if (exists(connection, database)) {
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

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
