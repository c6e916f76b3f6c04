"""The rules, one module per legal provision; each returns findings naming its legal basis."""

from __future__ import annotations

from geschil.reason.rules import (
    accident_cover,
    age_limit,
    bzv_2_7,
    care_type,
    contracted,
    latest_application,
    prior_approval,
    supplementary_maximum,
    zorginstituut,
)

# In reading order: which application is assessed comes first, the advice last.
MODULES = (latest_application, bzv_2_7, care_type, accident_cover, prior_approval, age_limit,
           contracted, supplementary_maximum, zorginstituut)
# Rules that decide eligibility; they do not apply when the committee did not judge the merits.
ELIGIBILITY = (bzv_2_7, accident_cover, prior_approval, age_limit, contracted, supplementary_maximum)
