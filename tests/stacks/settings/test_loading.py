import pytest

from ops.checkout import ROOT
from stacks.settings import SITES_DIR, load_selected_site, load_site, parse_site
from stacks.settings.hcl import render_tfvars as tfvars
from stacks.settings.model import DEFAULT_CACHE_TTL, ConfigError, s3_bucket_name_problem
from tests.helpers import DEMO_SOURCE, PROJECT_SOURCE, project_config, site_config


def test_operators_are_committed_principals():
    assert project_config().operators == (
        "user_id:aaaaaaaa-0000-4000-8000-000000000001",
        "application_id:aaaaaaaa-0000-4000-8000-000000000002",
    )


def test_demo_site_ships_the_legacy_format():
    site = load_site("demo")
    assert site.name == "demo"
    assert [e.name for e in site.environments] == ["staging", "preprod", "production"]
    assert {e.media_expiration for e in site.environments} == {2}
    assert site.source == SITES_DIR / "demo" / "scw" / "config.tfvars"


def test_defaults():
    site = site_config()
    project = site.project
    assert (project.region, project.zone) == ("fr-par", "fr-par-1")
    assert project.s3_endpoint == "https://s3.fr-par.scw.cloud"
    assert project.state_endpoint == "https://s3.fr-par.scw.cloud"
    assert project.edge_plan == "professional"
    assert site.environment("staging").cache_ttl == DEFAULT_CACHE_TTL


def test_region_sets_the_default_zone_and_endpoints():
    project = project_config(region="nl-ams")
    assert project.zone == "nl-ams-1"
    assert project.s3_endpoint == project.state_endpoint == "https://s3.nl-ams.scw.cloud"


def test_per_environment_overrides_win_over_site_values():
    site = site_config(
        media_expiration=3,
        cache_ttl=600,
        environments=["staging", "production"],
        environment_settings={"production": {"media_expiration": 0, "cache_ttl": 3600}},
    )
    staging, production = site.environments
    assert (staging.media_expiration, staging.cache_ttl, staging.media_versioned) == (3, 600, False)
    assert (production.media_expiration, production.cache_ttl, production.media_versioned) == (0, 3600, True)


def test_names_derive_from_site_and_environment():
    site = site_config(site="demo")
    env = site.environment("preprod")
    assert env.stack_name == "media-preprod"
    assert site.media_bucket_name(env) == "preprod-demo-media"
    assert site.state_key(env) == "env:/preprod/demo.tfstate"


@pytest.mark.parametrize("legacy", [False, True])
def test_a_state_key_names_its_environment_back(legacy):
    site = site_config(legacy_state=legacy)
    feature = site.with_environment("feature-x")
    for env in feature.environments:
        assert site.environment_of_state_key(site.state_key(env)) == env.name
    other = site_config(site="demox", legacy_state=legacy)
    assert site.environment_of_state_key(other.state_key(other.environment("staging"))) is None
    assert site.environment_of_state_key("bootstrap.tfstate") is None


def test_state_endpoint_may_point_elsewhere():
    project = project_config(state_endpoint="http://127.0.0.1:9000/")
    assert project.state_endpoint == "http://127.0.0.1:9000"
    assert project.s3_endpoint == "https://s3.fr-par.scw.cloud"


def test_config_objects_are_frozen():
    site = site_config()
    with pytest.raises(AttributeError):
        site.name = "acme"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        site.project.region = "nl-ams"  # type: ignore[misc]


@pytest.mark.parametrize(
    "settings, expected",
    [
        ({"media_expiration": -1}, "media_expiration = -1 is negative"),
        ({"media_expiration": "2"}, 'media_expiration must be a whole number, e.g. media_expiration = 2 (no quotes); got "2"'),
        ({"media_expiration": "2d"}, 'media_expiration must be a whole number, e.g. media_expiration = 2 (no quotes); got "2d"'),
        ({"media_expiration": True}, "media_expiration must be a whole number"),
        ({"environments": ["staging", "Prod"]}, "environments[1] = 'Prod' is not a valid name"),
        ({"environments": ["feature_x"]}, "environments[0] = 'feature_x' is not a valid name"),
        ({"environments": []}, "environments must be a non-empty list"),
        ({"environments": ["staging", "staging"]}, "environments lists staging more than once"),
        ({"cache_ttl": -5}, "cache_ttl = -5 is negative"),
        ({"media_noncurrent_days": 0}, "media_noncurrent_days = 0: a retention needs at least 1 day"),
        ({"feature_media_expiration": 0}, "feature_media_expiration = 0: a retention needs at least 1 day"),
        (
            {"environment_settings": {"production": {"media_noncurrent_days": -3}}},
            "environment_settings.production.media_noncurrent_days = -3 is negative",
        ),
        ({"medias_expiration": 2}, "unknown setting medias_expiration"),
        (
            {"environment_settings": {"prod": {"cache_ttl": 1}}},
            "environment_settings.prod: no such environment",
        ),
        (
            {"environment_settings": {"production": {"ttl": 1}}},
            "unknown setting environment_settings.production.ttl",
        ),
        (
            {"environment_settings": {"production": {"media_expiration": -2}}},
            "environment_settings.production.media_expiration = -2 is negative",
        ),
    ],
)
def test_invalid_settings_name_the_file_and_the_key(settings, expected):
    with pytest.raises(ConfigError) as error:
        site_config(**settings)
    message = str(error.value)
    assert message.startswith(f"{DEMO_SOURCE}: ")
    assert expected in message


@pytest.mark.parametrize(
    "settings, expected",
    [
        ({"edge_plan": "gold"}, "edge_plan = 'gold' is not one of: starter, professional, advanced"),
        ({"region": "us-east-1"}, "region = 'us-east-1' is not one of: fr-par, nl-ams, pl-waw"),
        ({"zone": "nl-ams-1"}, "zone = 'nl-ams-1' is not a zone of region 'fr-par'"),
        ({"state_bucket": "Terraform_State"}, "state_bucket = 'Terraform_State' must hold only lowercase"),
        ({"state_bucket": "192.168.1.1"}, "must not look like an IP address"),
        ({"state_endpoint": "s3.fr-par.scw.cloud"}, "state_endpoint = 's3.fr-par.scw.cloud' is not an http(s) URL"),
        ({"state_bucket": None}, 'state_bucket is missing: add e.g. state_bucket = "acme-terraform-state"'),
        ({"operators": None}, 'operators must be a non-empty list of principals, e.g. operators = ["user_id:<uuid>"'),
        ({"operators": []}, "operators must be a non-empty list of principals"),
        ({"operators": ["alice"]}, "operators[0] = 'alice' is not a principal: use user_id:<uuid> or application_id:<uuid>"),
        ({"operators": ["user_id:AAAAAAAA-0000-4000-8000-000000000001"]}, "is not a principal"),
        ({"operators": ["group_id:aaaaaaaa-0000-4000-8000-000000000001"]}, "is not a principal"),
        (
            {"operators": ["user_id:aaaaaaaa-0000-4000-8000-000000000001"] * 2},
            "operators lists user_id:aaaaaaaa-0000-4000-8000-000000000001 more than once",
        ),
        ({"multipart_abort_days": 0}, "multipart_abort_days = 0: a retention needs at least 1 day"),
        ({"state_noncurrent_days": -1}, "state_noncurrent_days = -1 is negative"),
        ({"legacy_state": True}, "unknown setting legacy_state"),
        ({"planners": "x"}, 'planners must be a list of principals, e.g. planners = ["user_id:<uuid>"'),
        ({"planners": ["bob"]}, "planners[0] = 'bob' is not a principal"),
        ({"deployers": ["x"]}, 'deployers must be a map of principal to environments, e.g. { "application_id:<uuid>" = ["staging"'),
        ({"deployers": {"bob": ["staging"]}}, "deployers.bob = 'bob' is not a principal"),
        (
            {"deployers": {"application_id:aaaaaaaa-0000-4000-8000-0000000000d1": ["feature-*"]}},
            "deployers.application_id:aaaaaaaa-0000-4000-8000-0000000000d1[0] = 'feature-*' is not a valid name",
        ),
        ({"deployers": {"application_id:aaaaaaaa-0000-4000-8000-0000000000d1": []}}, "must be a non-empty list"),
        (
            {"planners": ["user_id:aaaaaaaa-0000-4000-8000-000000000001"]},
            "user_id:aaaaaaaa-0000-4000-8000-000000000001 is in both operators and planners: a key has one role",
        ),
        (
            {
                "deployers": {"application_id:aaaaaaaa-0000-4000-8000-0000000000d1": ["staging"]},
                "planners": ["application_id:aaaaaaaa-0000-4000-8000-0000000000d1"],
            },
            "is in both deployers and planners",
        ),
    ],
)
def test_invalid_project_settings_name_the_file_and_the_key(settings, expected):
    with pytest.raises(ConfigError) as error:
        project_config(**settings)
    message = str(error.value)
    assert message.startswith(f"{PROJECT_SOURCE}: ")
    assert expected in message


@pytest.mark.parametrize("key, value", [("state_bucket", "other-state"), ("region", "nl-ams"), ("edge_plan", "starter")])
def test_a_project_wide_setting_in_a_site_file_says_where_it_moved(key, value):
    with pytest.raises(ConfigError) as error:
        parse_site(tfvars({"site": "demo", key: value}), DEMO_SOURCE, project_config())
    assert str(error.value) == (
        f"{DEMO_SOURCE}: {key} is a project-wide setting: move it to {PROJECT_SOURCE} "
        "(every site of the project shares it) and remove it here."
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("media_expiration = 2\n", 'site is missing: add e.g. site = "demo"'),
        ("site = demo\n", "site must be a quoted string"),
        ('site = "${var.site}"\n', "expressions are not allowed"),
        ('site = "Demo Site"\n', "site = 'Demo Site' is not a valid site name"),
        ("site = \n", "not valid HCL"),
    ],
)
def test_malformed_files_are_reported_with_their_path(text, expected):
    with pytest.raises(ConfigError) as error:
        parse_site(text, DEMO_SOURCE, project_config())
    assert str(error.value).startswith(f"{DEMO_SOURCE}:")  # and the line, for a syntax error
    assert expected in str(error.value)


def test_media_bucket_name_must_fit_s3_rules():
    with pytest.raises(ConfigError) as error:
        parse_site(tfvars({"site": "s" * 30, "environments": ["e" * 30]}), DEMO_SOURCE, project_config())
    assert "environments: the media bucket name" in str(error.value)
    assert "is 67 characters long (S3 allows 3 to 63)" in str(error.value)


def sites_dir(tmp_path):
    """An empty sites/ folder with the committed project settings."""
    (tmp_path / "project.tfvars").write_text((ROOT / "sites" / "project.tfvars").read_text())
    return tmp_path


def test_unknown_site_lists_the_known_ones(tmp_path):
    sites_dir(tmp_path)
    (tmp_path / "demo" / "scw").mkdir(parents=True)
    (tmp_path / "demo" / "scw" / "config.tfvars").write_text(tfvars({"site": "demo"}))
    with pytest.raises(ConfigError) as error:
        load_site("dmeo", sites_dir=tmp_path)
    assert "unknown site 'dmeo'" in str(error.value)
    assert "Known sites: demo" in str(error.value)
    assert "RICHIE_SITE" in str(error.value)


def test_site_must_match_its_folder(tmp_path):
    path = sites_dir(tmp_path) / "other" / "scw" / "config.tfvars"
    path.parent.mkdir(parents=True)
    path.write_text(tfvars({"site": "demo"}))
    with pytest.raises(ConfigError, match="does not match its folder sites/other/"):
        load_site("other", sites_dir=tmp_path)


def test_a_copied_site_loads_with_its_own_values(tmp_path):
    path = sites_dir(tmp_path) / "funmoocbis" / "scw" / "config.tfvars"
    path.parent.mkdir(parents=True)
    demo = (ROOT / "sites" / "demo" / "scw" / "config.tfvars").read_text()
    path.write_text(demo.replace('site = "demo"', 'site = "funmoocbis"').replace("media_expiration = 2", "media_expiration = 0"))
    site = load_site("funmoocbis", sites_dir=tmp_path)
    assert site.name == "funmoocbis"
    assert site.media_bucket_name(site.environment("production")) == "production-funmoocbis-media"
    assert all(e.media_versioned for e in site.environments)


def test_unknown_environment_is_named_with_the_declared_ones():
    with pytest.raises(ConfigError, match="environment 'qa' is not declared; declared environments: staging, preprod, production"):
        site_config().environment("qa")


@pytest.mark.parametrize(
    "name, valid",
    [("abc", True), ("a.b-c", True), ("ab", False), ("a" * 64, False), ("a..b", False), ("-ab", False), ("xn--ab", False)],
)
def test_s3_bucket_naming_rules(name, valid):
    assert (s3_bucket_name_problem(name) is None) is valid


def test_production_is_protected_unless_told_otherwise():
    site = site_config(environment_settings={"staging": {"protected": True}})
    assert {e.name: e.protected for e in site.environments} == {"staging": True, "preprod": False, "production": True}
    unprotected = site_config(environment_settings={"production": {"protected": False}})
    assert unprotected.environment("production").protected is False


def test_custom_domain_and_purge_are_per_environment():
    site = site_config(environment_settings={"production": {"custom_domain": "media.example.org", "purge_cache_on_deploy": True}})
    production, staging = site.environment("production"), site.environment("staging")
    assert (production.custom_domain, production.purge_cache_on_deploy) == ("media.example.org", True)
    assert (staging.custom_domain, staging.purge_cache_on_deploy) == (None, False)


@pytest.mark.parametrize("legacy", [False, True])
def test_every_state_sits_under_its_environments_prefix_as_the_hand_written_project_left_them(legacy):
    site = site_config(legacy_state=legacy)
    assert site.state_key(site.environment("staging")) == "env:/staging/demo.tfstate"


def test_deployers_and_planners_are_read_with_their_environments():
    deployer, planner = "application_id:aaaaaaaa-0000-4000-8000-0000000000d1", "application_id:aaaaaaaa-0000-4000-8000-0000000000e1"
    project = project_config(deployers={deployer: ["staging", "preprod"]}, planners=[planner])
    assert [(d.principal, d.environments) for d in project.deployers] == [(deployer, ("staging", "preprod"))]
    assert project.planners == (planner,)
    assert project.deployers_of("preprod") == (deployer,) and project.deployers_of("production") == ()
    assert (project_config().deployers, project_config().planners) == ((), ())


@pytest.mark.parametrize(
    "env_settings, expected",
    [
        ({"custom_domain": "Media.Example.org"}, "custom_domain = 'Media.Example.org' is not a fully qualified lowercase domain"),
        ({"custom_domain": "localhost"}, "custom_domain = 'localhost' is not a fully qualified"),
        ({"custom_domain": "https://media.example.org"}, "is not a fully qualified"),
        ({"custom_domain": "abc.svc.edge.scw.cloud"}, "is a Scaleway name"),
        ({"custom_domain": "co.uk"}, "custom_domain = 'co.uk' is a public suffix, not a domain of yours"),
        (
            {"custom_domain": "*.example.org"},
            "custom_domain = '*.example.org' is a wildcard, for which Edge Services gets no Let's Encrypt certificate",
        ),
        (
            {"custom_domain_zone": "example.org"},
            "environment_settings.production.custom_domain_zone = 'example.org' serves no custom_domain: set custom_domain",
        ),
        (
            {"custom_domain": "media.example.org", "custom_domain_zone": "other.org"},
            "custom_domain = 'media.example.org' is not in custom_domain_zone = 'other.org': give the zone that holds it "
            "(e.g. 'example.org'), or a domain in 'other.org'.",
        ),
        (
            {"custom_domain": "media.badexample.org", "custom_domain_zone": "example.org"},  # a suffix of letters is not a zone
            "custom_domain = 'media.badexample.org' is not in custom_domain_zone = 'example.org'",
        ),
        (
            {"custom_domain": "media.example.org", "custom_domain_zone": "*.example.org"},
            "custom_domain_zone = '*.example.org' is a wildcard",
        ),
        ({"protected": "yes"}, "environment_settings.production.protected must be true or false"),
        ({"purge_cache_on_deploy": 1}, "purge_cache_on_deploy must be true or false"),
    ],
)
def test_invalid_environment_settings(env_settings, expected):
    with pytest.raises(ConfigError) as error:
        site_config(environment_settings={"production": env_settings})
    assert str(error.value).startswith(f"{DEMO_SOURCE}:")  # and the line, for a syntax error
    assert expected in str(error.value)


@pytest.mark.parametrize(
    "domain, zone", [("media.example.org", "example.org"), ("example.org", "example.org"), ("a.b.example.org", "b.example.org")]
)
def test_a_custom_domain_in_a_scaleway_hosted_zone(domain, zone):
    env = site_config(environment_settings={"production": {"custom_domain": domain, "custom_domain_zone": zone}}).environment("production")
    assert (env.custom_domain, env.custom_domain_zone) == (domain, zone)
    assert site_config().environment("production").custom_domain_zone is None


def test_a_custom_domain_serves_one_environment_only():
    with pytest.raises(ConfigError, match=r"custom_domain 'media\.example\.org' is given to several environments"):
        site_config(
            environment_settings={
                "staging": {"custom_domain": "media.example.org"},
                "production": {"custom_domain": "media.example.org"},
            }
        )


def test_site_flags_must_be_booleans():
    with pytest.raises(ConfigError, match="legacy_state must be true or false"):
        site_config(legacy_state="true")


def test_feature_environments_need_no_declaration_and_their_media_expire():
    site = site_config(media_expiration=0, cache_ttl=600).with_environment("feature-search")
    feature = site.environment("feature-search")
    assert (feature.media_expiration, feature.cache_ttl, feature.protected) == (7, 600, False)
    assert site_config(feature_media_expiration=1).with_environment("feature-x").environment("feature-x").media_expiration == 1
    assert [e.name for e in site.environments][-1] == "feature-search"


def test_declared_environments_are_not_added_twice():
    site = site_config()
    assert site.with_environment("staging") is site


@pytest.mark.parametrize(
    "name, expected",
    [
        ("stagging", "environment 'stagging' is not declared"),
        ("feature-Search", "environment 'feature-Search' is not a valid name"),
        ("feature-" + "x" * 33, "is not a valid name"),
    ],
)
def test_undeclared_environments_must_be_feature_ones(name, expected):
    with pytest.raises(ConfigError, match=expected):
        site_config().with_environment(name)


def test_the_selected_site_gains_only_a_feature_environment(monkeypatch):
    monkeypatch.setenv("RICHIE_SITE", "demo")
    declared = [e.name for e in load_selected_site().environments]
    assert declared == ["staging", "preprod", "production"]
    assert [e.name for e in load_selected_site("feature-x").environments] == [*declared, "feature-x"]
    assert [e.name for e in load_selected_site("staging").environments] == declared


def test_a_missing_project_file_is_named(tmp_path):
    (tmp_path / "demo" / "scw").mkdir(parents=True)
    (tmp_path / "demo" / "scw" / "config.tfvars").write_text(tfvars({"site": "demo"}))
    with pytest.raises(ConfigError, match=r"project.tfvars is missing: it holds the project-wide settings"):
        load_site("demo", sites_dir=tmp_path)


def test_an_invalid_undeclared_name_is_not_told_to_be_added():
    with pytest.raises(ConfigError) as error:
        site_config().environment("Bad_Name")
    assert "environment 'Bad_Name' is not a valid name" in str(error.value)
    assert "Add it to" not in str(error.value)


@pytest.mark.parametrize(
    "text, message",
    [
        (
            'site = "demo"\nenvironments = ["a", "b"\n',
            "config.tfvars:3: not valid HCL (column 1): the file ends where ',' or ']' was expected",
        ),
        ('site = "demo\n', "config.tfvars:1: not valid HCL (column 9): the file ends where a closing '\"' was expected"),
        (
            "site = \n",
            "config.tfvars:1: not valid HCL (column 8): the line ends where a value (a number, a quoted string, true/false, [a list] or {a map}) was expected",
        ),
        (
            "environment_settings = {\n staging = {}\n",
            "config.tfvars:3: not valid HCL (column 1): the file ends where '}' (or another key = value) was expected",
        ),
    ],
)
def test_a_syntax_error_gives_the_line_and_what_was_expected(text, message):
    from stacks.settings.tfvars import parse_tfvars

    with pytest.raises(ConfigError) as error:
        parse_tfvars(text, DEMO_SOURCE)
    assert str(error.value) == f"{DEMO_SOURCE.parent}/{message}"


@pytest.mark.parametrize(
    "domain, apex",
    [
        ("example.org", True),
        ("media.example.org", False),
        ("example.co.uk", True),
        ("media.example.co.uk", False),
        ("site.github.io", True),
    ],
)
def test_an_apex_is_told_from_a_subdomain_by_the_public_suffix_list(domain, apex):
    """Not by counting dots: `example.co.uk` is an apex, `media.example.org` is not."""
    env = site_config(environment_settings={"production": {"custom_domain": domain}}).environment("production")
    assert (env.custom_domain, env.custom_domain_apex) == (domain, apex)
