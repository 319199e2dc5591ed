// The ordered rule tables. At each token the driver tries the rules in order and the
// first that applies consumes the tokens; the order is part of the behaviour (a KB name
// wins over an unknown run, an organisation head over the KB name it starts with).
import type { ActorRule } from '../rule';
import { academicDegree } from './academic-degree';
import { bareDinasHolder } from './bare-dinas-holder';
import { bodyThenPerson } from './body-then-person';
import { campaignTeam } from './campaign-team';
import { dailyBoardRole } from './daily-board-role';
import { contributorTown } from './contributor-town';
import { creditLabel } from './credit-label';
import { englishBodyName } from './english-body-name';
import { speltAcronymName } from './spelt-acronym-name';
import { englishModifiedBody } from './english-modified-body';
import { federalState } from './federal-state';
import { genericWord } from './generic-word';
import { headlineRegionalBody } from './headline-regional-body';
import { headlineSpeaker } from './headline-speaker';
import { headlineSeaName } from './headline-sea-name';
import { honorific } from './honorific';
import { initials } from './initials';
import { initialsInsideName } from './initials-inside-name';
import { kbName } from './kb-name';
import { languageName } from './language-name';
import { militaryUnit } from './military-unit';
import { namedPlace } from './named-place';
import { nonActorHead } from './non-actor-head';
import { ordinaryWordSeat } from './ordinary-word-seat';
import { organisationHead } from './organisation-head';
import { placeCue } from './place-cue';
import { rankBranchCode } from './rank-branch-code';
import { regionalCommandPlace } from './regional-command-place';
import { regionAfterTitle } from './region-after-title';
import { regionPhrase } from './region-phrase';
import { regionalGovernment } from './regional-government';
import { romanceBodyName } from './romance-body-name';
import { schoolName } from './school-name';
import { seaName } from './sea-name';
import { skipWord } from './skip-word';
import { teamName } from './team-name';
import { title } from './title';
import { unknownName } from './unknown-name';
import { villageOfficial } from './village-official';
import { vocative } from './vocative';

/** Body text (normal, credit and source lines). The last rule always applies. */
export const BODY_RULES: readonly ActorRule[] = [
  rankBranchCode, initials, initialsInsideName, academicDegree, seaName, languageName, schoolName, regionPhrase, honorific, teamName, campaignTeam, militaryUnit, villageOfficial, regionalCommandPlace, bodyThenPerson, englishBodyName, speltAcronymName, romanceBodyName, englishModifiedBody, dailyBoardRole, bareDinasHolder, organisationHead, contributorTown, kbName, namedPlace, ordinaryWordSeat, placeCue, regionalGovernment, federalState, genericWord, vocative, title,
  nonActorHead, creditLabel, regionAfterTitle, unknownName,
];

/** Headlines in Title Case or capitals and "Baca juga:" lines: KB names and a speaker. */
export const HEADLINE_RULES: readonly ActorRule[] = [headlineRegionalBody, languageName, headlineSeaName, kbName, headlineSpeaker, skipWord];
