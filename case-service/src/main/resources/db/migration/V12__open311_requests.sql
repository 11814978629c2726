-- What an Open311 request brings beside the case it becomes: the token the client may look the request up by, and
-- the link to its photo. One row per case registered through Open311; cases from other channels have none.
create table open311_request (
    case_id      uuid          primary key references cases (id),
    community_id varchar(64)   not null,
    token        varchar(36)   not null unique,
    media_url    varchar(2000)
);
-- tokens/{token} looks a token up within its jurisdiction.
create index open311_request_by_token on open311_request (community_id, token);
