/** English: common phrases, merged synonyms, stopwords and negations. */
import type { WordTable } from './table.js';

export const en: WordTable = {
  phrases: [
    ['viet nam', 'vietnam'], ['united nations', 'un'], ['u n', 'un'], ['united states', 'us'], ['u s', 'us'], ['north korea', 'dprk'], ['north korean', 'dprk'], ['pyongyang', 'dprk'], ['the north s', 'dprk'],
    ['democratic people s republic of korea', 'dprk'], ['european union', 'eu'],
    // The UN's word for coercive operations.
    ['peace enforcement', 'coercive peacekeeping'], ['peace enforcement operations', 'coercive peacekeeping operation'],
    // The Council's presidency, however it is written (the sources say "presidency").
    ['president of the un security council', 'chair unsc'], ['president of the security council', 'chair unsc'], ['unsc president', 'unsc chair'], ['security council president', 'unsc chair'],
    // The press's names for the corpus's subject when it does not repeat it.
    ['normal diplomatic relations', 'normalise diplomatic relation'], ['normal relations', 'normalise relation'],
    ['southeast asian nation', 'vietnam'], ['southeast asian country', 'vietnam'], ['security council', 'unsc'], ['ha noi', 'hanoi'],
    ['blue helmets', 'personnel'], ['blue helmet', 'personnel'], ['per cent', ''],
    ['memorandums of understanding', 'mou'], ['memoranda of understanding', 'mou'], ['memorandum of understanding', 'mou'],
    ['european union', 'eu'], ['united nations development programme', 'undp'], ['women peace and security', 'wps'],
    ['association of southeast asian nations', 'asean'], ['unpkos', 'un peacekeeping'], ['unpko', 'un peacekeeping'],
    ['pkos', 'peacekeeping'], ['pko', 'peacekeeping'], ['peace keeping', 'peacekeeping'], ['peace keepers', 'personnel'],
    ['peace keeper', 'personnel'], ['south sudanese', 'south sudan'], ['central africa', 'central african republic'],
    ['level two', 'level 2'], ['role 2', 'level 2'], ['role two', 'level 2'], ['role ii', 'level 2'], ['level ii', 'level 2'], ['second level', 'level 2'],
    ['white book', 'white paper'], ['set up', 'establish'], ['take part', 'participation'], ['took part', 'participation'],
    ['taking part', 'participation'], ['takes part', 'participation'], ['co operation', 'cooperation'],
  ],
  synonyms: [
    ['goodwill', 'friendship'], ['friendly', 'friendship'],
    ['prepare', 'prepare'], ['prepared', 'prepare'], ['prepares', 'prepare'], ['preparing', 'prepare'], ['preparation', 'prepare'],
    ['preparations', 'prepare'], ['preparatory', 'prepare'],
    ['sent', 'deploy'], ['send', 'deploy'], ['sends', 'deploy'], ['sending', 'deploy'], ['dispatched', 'deploy'],
    ['dispatch', 'deploy'], ['dispatches', 'deploy'], ['dispatching', 'deploy'], ['deployed', 'deploy'], ['deploys', 'deploy'],
    ['deploying', 'deploy'], ['deployment', 'deploy'], ['deployments', 'deploy'],
    ['troop', 'personnel'], ['troops', 'personnel'], ['soldier', 'personnel'], ['soldiers', 'personnel'],
    ['peacekeeper', 'personnel'], ['peacekeepers', 'personnel'], ['servicemen', 'personnel'], ['serviceman', 'personnel'],
    ['staff', 'personnel'], ['staffer', 'personnel'], ['staffers', 'personnel'],
    ['woman', 'women'], ['female', 'women'], ['females', 'women'], ['vietnamese', 'vietnam'], ['african', 'africa'],
    ['american', 'us'], ['americans', 'us'], ['korean', 'korea'], ['chinese', 'china'], ['french', 'france'],
    ['japanese', 'japan'], ['sapper', 'engineer'], ['sappers', 'engineer'], ['engineering', 'engineer'],
    ['medic', 'doctor'], ['medics', 'doctor'], ['physician', 'doctor'], ['physicians', 'doctor'],
    ['tonne', 'ton'], ['tonnes', 'ton'], ['tons', 'ton'],
    ['organized', 'organise'], ['organised', 'organise'], ['organizing', 'organise'], ['organising', 'organise'],
    ['organize', 'organise'], ['held', 'organise'], ['host', 'organise'], ['hosted', 'organise'], ['hosts', 'organise'],
    ['want', 'aim'], ['wants', 'aim'], ['wanted', 'aim'], ['aims', 'aim'], ['aimed', 'aim'], ['seek', 'aim'],
    ['seeks', 'aim'], ['goal', 'aim'], ['goals', 'aim'],
    ['ties', 'relation'], ['tie', 'relation'], ['give', 'aid'], ['gave', 'aid'], ['given', 'aid'], ['gives', 'aid'],
    ['giving', 'aid'], ['donate', 'aid'], ['donated', 'aid'], ['donates', 'aid'], ['donation', 'aid'], ['donations', 'aid'],
    ['memorandum', 'mou'], ['memorandums', 'mou'], ['memoranda', 'mou'], ['mous', 'mou'],
    ['began', 'begin'], ['begins', 'begin'], ['beginning', 'begin'], ['start', 'begin'], ['started', 'begin'],
    ['starts', 'begin'], ['starting', 'begin'],
    ['join', 'member'], ['joined', 'member'], ['joins', 'member'], ['joining', 'member'], ['accession', 'member'],
    ['membership', 'member'], ['members', 'member'], ['admitted', 'member'],
    ['chaired', 'chair'], ['chairs', 'chair'], ['chairing', 'chair'], ['chairmanship', 'chair'], ['chairmanships', 'chair'],
    ['chairman', 'chair'], ['presidency', 'chair'],
    ['defense', 'defence'], ['programs', 'programme'], ['program', 'programme'], ['centre', 'center'], ['centres', 'center'],
    ['rotations', 'rotation'], ['turns', 'rotation'], ['tours', 'rotation'], ['batch', 'rotation'], ['batches', 'rotation'],
    ['contingents', 'contingent'], ['normalisation', 'normalise'], ['normalization', 'normalise'], ['normalised', 'normalise'],
    ['normalized', 'normalise'], ['normalize', 'normalise'], ['normalising', 'normalise'], ['normalizing', 'normalise'],
    ['normalises', 'normalise'], ['normalizes', 'normalise'],
    ['established', 'establish'], ['establishment', 'establish'], ['establishes', 'establish'], ['founded', 'establish'],
    ['founding', 'establish'], ['launched', 'establish'], ['launch', 'establish'], ['created', 'establish'], ['creation', 'establish'],
    ['inaugurated', 'establish'], ['participate', 'participation'], ['participated', 'participation'], ['participates', 'participation'],
    ['participating', 'participation'], ['involvement', 'participation'], ['elected', 'elect'], ['election', 'elect'],
    ['adopted', 'pass'], ['passed', 'pass'], ['approved', 'pass'], ['adopt', 'pass'], ['approve', 'pass'],
    ['chose', 'select'], ['chosen', 'select'], ['choose', 'select'], ['chooses', 'select'], ['selected', 'select'],
    ['selects', 'select'], ['selection', 'select'], ['region', 'regional'], ['regions', 'regional'],
    ['venue', 'organise'], ['venues', 'organise'], ['site', 'organise'], ['destination', 'organise'], ['course', 'programme'], ['courses', 'programme'],
    ['ratified', 'pass'], ['ratify', 'pass'], ['ratifies', 'pass'], ['ratification', 'pass'],
    ['upgraded', 'upgrade'], ['upgrades', 'upgrade'], ['upgrading', 'upgrade'],
    ['tenure', 'term'], ['stint', 'term'], ['stints', 'term'], ['terms', 'term'],
    ['contribute', 'contribution'], ['contributed', 'contribution'], ['contributes', 'contribution'], ['contributing', 'contribution'],
    ['contributions', 'contribution'], ['contributor', 'contribution'], ['contributors', 'contribution'],
    ['department', 'department'], ['departments', 'department'], ['departure', 'departure'], ['depart', 'departure'],
    ['departed', 'departure'], ['departing', 'departure'], ['departs', 'departure'],
    ['recommendation', 'recommend'], ['recommendations', 'recommend'], ['recommended', 'recommend'], ['recommends', 'recommend'],
    ['cooperate', 'cooperation'], ['cooperated', 'cooperation'], ['cooperative', 'cooperation'],
    ['negotiate', 'negotiation'], ['negotiated', 'negotiation'], ['negotiations', 'negotiation'], ['negotiating', 'negotiation'],
    ['mediate', 'mediation'], ['mediated', 'mediation'], ['mediator', 'mediation'], ['mediatory', 'mediation'], ['mediating', 'mediation'],
    ['reconcile', 'reconciliation'], ['reconciled', 'reconciliation'],
  ],
  stopwords: `
a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers him his how i if in
into is it its itself just me more most my no nor not now of off on once only or other our out over own same she should so
some such than that the their them then there these they this those through to too under until up very was we were what
when where which while who whom why will with would you your yours per cent percent pct since yet still ever already
according said says say told stated state states claim claims reportedly also around approximately nearly almost about
one two three four five six seven eight nine ten eleven twelve hundred thousand million billion first second third
january february march april may june july august september october november december jan feb mar apr jun jul aug sep
sept oct nov dec year years today yesterday currently recently new total number numbers overall some many much several
whole least less fewer far s t make makes made making take takes took taken get gets got become becomes became put puts
usd vnd eur us$ dollar dollars`,
  negations: ['not', 'no', 'never', 'without', 'abstain', 'abstains', 'abstained', 'refrain', 'refrains', 'refrained',
    'avoid', 'avoids', 'avoided', 'neither', 'nor', 'cannot', 'won t', 'don t', 'doesn t', 'didn t', 'isn t', 'aren t',
    'wasn t', 'weren t', 'hasn t', 'haven t', 'hadn t', 'wouldn t', 'shouldn t', 'refused', 'refuses', 'rejected', 'declined',
    'stopped', 'stops', 'ceased', 'ceases', 'halted', 'halts', 'suspended', 'suspends'],
  notNegations: ['not only', 'no less than', 'no fewer than', 'not less than', 'not fewer than', 'no later than', 'no longer', 'no doubt'],
};
