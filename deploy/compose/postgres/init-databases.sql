-- Run once by the postgres image on an empty data directory: one database per service, and Keycloak's.
CREATE DATABASE huike_case;
CREATE DATABASE huike_roster;
CREATE DATABASE huike_outreach;
CREATE DATABASE huike_reporting;
CREATE DATABASE huike_keycloak;
