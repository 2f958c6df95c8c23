/** French (folded): names, units and verbs mapped to the English keys of the facts. */
import type { WordTable } from './table.js';

export const fr: WordTable = {
  phrases: [
    ['union europeenne', 'eu'], ['ue', 'eu'], ['pays d asie du sud est', 'vietnam'], ['nations unies', 'un'], ['onu', 'un'], ['organisation des nations unies', 'un'], ['maintien de la paix', 'peacekeeping'],
    ['operations de maintien de la paix', 'peacekeeping operation'], ['operation de maintien de la paix', 'peacekeeping operation'],
    ['forces de maintien de la paix', 'peacekeeping force'], ['casques bleus', 'personnel'], ['casque bleu', 'personnel'],
    ['soldats de la paix', 'personnel'], ['soldat de la paix', 'personnel'], ['hopital de campagne', 'field hospital'],
    ['hopitaux de campagne', 'field hospital'], ['de niveau 2', 'level 2'], ['niveau 2', 'level 2'], ['niveau ii', 'level 2'],
    ['deuxieme niveau', 'level 2'], ['unite du genie', 'engineer unit'], ['unite de genie', 'engineer unit'], ['genie', 'engineer'],
    ['soudan du sud', 'south sudan'], ['sud soudan', 'south sudan'], ['republique centrafricaine', 'central african republic'],
    ['centrafrique', 'central african republic'], ['conseil de securite', 'unsc'], ['president du conseil de securite', 'chair unsc'], ['commence', 'begin'], ['activites', ''],
    ['paix', 'peace'], ['securite', 'security'], ['international', 'international'], ['internationale', 'international'],
    ['internationales', 'international'], ['internationaux', 'international'], ['mandat', 'term'], ['mandature', 'term'], ['membre non permanent', 'non permanent member'],
    ['diplomatie multilaterale', 'multilateral diplomacy'], ['livre blanc', 'white paper'], ['ministere de la defense', 'ministry defence'],
    ['defense nationale', 'defence'], ['personnel medical', 'medical personnel'], ['personnels medicaux', 'medical personnel'],
    ['corps medical', 'medical personnel'], ['departement vietnamien des operations de maintien de la paix', 'vietnam peacekeeping department'],
    ['departement vietnamien de maintien de la paix', 'vietnam peacekeeping department'], ['viet nam', 'vietnam'],
    ['visite officielle d amitie', 'official friendship visit'], ['visite d amitie officielle', 'official friendship visit'],
    ['relations diplomatiques', 'diplomatic relation'], ['relation diplomatique', 'diplomatic relation'], ['pays et territoires', 'country territory'],
    ['etats unis', 'us'], ['coree du nord', 'dprk'], ['nord coreen', 'dprk'], ['nord coreenne', 'dprk'], ['royaume ermite', 'dprk'], ['pyongyang', 'dprk'], ['aide alimentaire', 'aid'], ['aide', 'aid'], ['coree du sud', 'south korea'], ['chine', 'china'], ['inde', 'india'],
    ['japon', 'japan'], ['royaume uni', 'uk'], ['union europeenne', 'eu'], ['asie du sud est', 'southeast asia'], ['anase', 'asean'],
    ['conference internationale', 'international conference'], ['parti communiste', 'communist party'],
    ['integration internationale', 'international integration'], ['renovation', 'doi moi'], ['ne pas', ''], ['omp', 'peacekeeping operation'], ['beret bleu', 'personnel'],
    ['berets bleus', 'personnel'], ['apvn', 'vietnam army'], ['armee populaire du vietnam', 'vietnam army'], ['afrique', 'africa'],
    ['onusien', 'un'], ['onusienne', 'un'], ['onusiens', 'un'], ['onusiennes', 'un'],
    ['officiers d etat major', 'staff officer'], ['officier d etat major', 'staff officer'], ['officiers de liaison', 'liaison officer'],
    ['officier de liaison', 'liaison officer'], ['observateurs militaires', 'military observer'], ['observateur militaire', 'military observer'],
    ['siege de l onu', 'un headquarters'], ['siege des nations unies', 'un headquarters'], ['part des femmes', 'women share'],
    ['diplomatie de defense', 'defence diplomacy'], ['vice ministre de la defense', 'deputy minister defence'],
    ['academie de medecine militaire', 'military medical academy'], ['hopital militaire', 'military hospital'],
    ['centre de formation', 'training center'], ['mis en place', 'establish'], ['mise en place', 'establish'],
    ['pris part', 'participation'], ['prendre part', 'participation'],
  ],
  synonyms: [
    ['officiers', 'officer'], ['officier', 'officer'], ['militaires', 'personnel'], ['militaire', 'personnel'],
    ['soldats', 'personnel'], ['soldat', 'personnel'], ['personnels', 'personnel'], ['troupes', 'personnel'],
    ['femmes', 'women'], ['femme', 'women'], ['feminin', 'women'], ['feminins', 'women'], ['medecins', 'doctor'],
    ['medecin', 'doctor'], ['deploye', 'deploy'], ['deployes', 'deploy'], ['deployee', 'deploy'], ['deployees', 'deploy'],
    ['deployer', 'deploy'], ['deploie', 'deploy'], ['deploiement', 'deploy'], ['deploiements', 'deploy'], ['envoye', 'deploy'],
    ['envoyes', 'deploy'], ['envoyer', 'deploy'], ['envoie', 'deploy'], ['envoi', 'deploy'], ['depeche', 'deploy'],
    ['depeches', 'deploy'], ['mission', 'mission'], ['missions', 'mission'], ['rotations', 'rotation'], ['contingents', 'contingent'],
    ['directive', 'directive'], ['adhesion', 'member'], ['adhere', 'member'], ['rejoint', 'member'], ['membre', 'member'],
    ['membres', 'member'], ['presidence', 'chair'], ['preside', 'chair'], ['participe', 'participation'],
    ['participer', 'participation'], ['participation', 'participation'], ['coercitives', 'coercive'], ['coercitive', 'coercive'],
    ['coercitif', 'coercive'], ['coercitifs', 'coercive'], ['combats', 'combat'], ['defense', 'defence'], ['mandat', 'term'],
    ['organise', 'organise'], ['organisee', 'organise'], ['tenu', 'organise'], ['tenue', 'organise'], ['accueilli', 'organise'],
    ['amitie', 'friendship'], ['visite', 'visit'],
    ['formation', 'training'], ['choisi', 'select'], ['choisie', 'select'], ['selectionne', 'select'], ['selectionnee', 'select'],
    ['lieu', 'organise'], ['stage', 'programme'], ['stages', 'programme'], ['cours', 'programme'], ['region', 'regional'], ['regionaux', 'regional'], ['regionale', 'regional'], ['formes', 'training'], ['forme', 'training'], ['reconciliation', 'mediation'],
    ['mediation', 'mediation'], ['armee', 'army'], ['vietnamien', 'vietnam'], ['vietnamiens', 'vietnam'],
    ['vietnamienne', 'vietnam'], ['vietnamiennes', 'vietnam'], ['resolution', 'resolution'], ['assemblee', 'assembly'],
    ['ingenieurs', 'engineer'], ['ingenieur', 'engineer'], ['sapeurs', 'engineer'], ['sapeur', 'engineer'], ['deminage', 'demining'],
    ['patients', 'patient'], ['taux', 'share'], ['engagement', 'commitment'], ['engagements', 'commitment'], ['commandant', 'major'],
    ['capitaine', 'captain'], ['cree', 'establish'], ['creee', 'establish'], ['creation', 'establish'], ['fonde', 'establish'], ['ratifie', 'pass'], ['ratifiee', 'pass'], ['modernise', 'upgrade'],
    ['fondee', 'establish'], ['lance', 'establish'], ['approuve', 'pass'], ['adopte', 'pass'], ['adoptee', 'pass'], ['elu', 'elect'],
    ['election', 'elect'],
  ],
  stopwords: `
le la les l de d du des un une et en au aux a son sa ses leur leurs qui que qu dans pour par sur avec est sont ete etait
ce cet cette ces c il elle ils elles on se s y plus moins tres bien aussi ainsi comme entre depuis jusqu apres avant selon
lors dont ou mais donc ni car deja encore fois annee annees ans an premier premiere deuxieme troisieme deux trois quatre
cinq six sept huit neuf dix cent cents mille millions milliard pres environ quelque quelques tous tout toute toutes autre
autres meme notamment egalement vers sous ont avait avaient sera seront ete fait faire cours nombre total ainsi janvier
fevrier mars avril mai juin juillet aout septembre octobre novembre decembre hier aujourd hui actuellement pays`,
  negations: ['ne', 'n', 'pas', 'jamais', 'sans', 'aucun', 'aucune', 'refuse', 'exclut', 'renonce', 'cesse', 'cessent', 'suspend', 'suspendu'],
  notNegations: ['non seulement', 'pas moins de', 'sans doute'],
};
