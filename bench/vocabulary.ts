/** Word lists for generated news text: ordinary words, names and attributions. */

export const WORDS =
  `the of and to in a that for on with as was said by at from has have it its is be
are were had will would could should about after before over under into than more most less
government minister official officials police court judge city council mayor state federal agency
department report reports data study survey poll percent year years month week day today yesterday
people residents workers families children students voters members leaders critics supporters
policy policies plan plans law laws bill budget tax taxes spending funding program programs
project projects housing health hospital schools school water energy climate border security
immigration election campaign party vote votes parliament senate committee hearing inquiry
investigation evidence statement statements decision decisions ruling appeal case cases charge
charges company companies market markets price prices cost costs economy growth jobs wages trade
union strike protest protests march rally crowd demonstrators groups group organisation network
public private local national international regional rural urban northern southern eastern western
new old first last next several many few some most other another same different major minor
significant important recent early late long short high low large small strong weak clear unclear
increase increased decrease decreased rise rose fall fell announce announced warn warned
claim claimed deny denied confirm confirmed reject rejected support supported oppose opposed
argue argued suggest suggested expect expected describe described call called urge urged
plan planned face faced meet met hold held release released publish published respond responded
accuse accused defend defended promise promised approve approved block blocked delay delayed
review reviewed change changed cut cuts raise raised reduce reduced build built close closed open
opened move moved spend spent save saved lose lost win won leave left return returned continue
continued begin began end ended remain remained become became include included require required
however although while because since despite during until unless whether where when which who
officially reportedly largely partly nearly almost already still also only even again instead
further rather quite very too much little enough both either neither each every all any none
region district province capital village town street road bridge port airport station center
office offices building buildings land area areas site sites border coast river valley forest
system systems service services network rules standard standards process measures response crisis
emergency shortage surplus deficit debt loan loans contract contracts agreement deal deals talks
negotiations proposal proposals reform reforms review audit analysis estimate estimates figures
number numbers rate rates level levels share shares amount amounts total half third quarter
million billion thousand hundred dozens hundreds thousands millions
morning evening night weekend season summer winter spring autumn decade century history future
question questions answer answers concern concerns risk risks problem problems issue issues impact
effect effects result results reason reasons cause causes need needs interest interests right rights
access safety privacy freedom justice fairness transparency accountability trust confidence
spokesperson spokeswoman spokesman director chairman chairwoman chief executive secretary president
professor researcher researchers analyst analysts economist economists lawyer lawyers doctor doctors
nurse nurses teacher teachers farmer farmers driver drivers owner owners resident neighbour witness`
    .split(/\s+/)
    .filter((w) => w !== '')

export const FIRST_NAMES = `Maria James Aisha Tomas Elena Kwame Priya Lukas Sofia Daniel Ingrid Omar
Hannah Rafael Mei Jonas Fatima Pedro Clara Yusuf Anna David Leila Marco Sarah Ivan Nora Samuel
Chloe Diego Amara Felix Zainab Henrik Lucia Mateo Greta Kofi Isabel Arjun`.split(/\s+/)

export const LAST_NAMES = `Garcia Okafor Lindqvist Moreau Tanaka Novak Haddad Fischer Rossi Mensah
Kowalski Silva Andersen Nakamura Costa Petrov Brennan Dubois Schmidt Osei Laurent Bianchi Jansen
Kaur Ferreira Muller Nilsson Romero Adeyemi Weber Santos Keller Horvat Ibrahim Larsen Martin`.split(
  /\s+/,
)

export const ROLES = `the minister the mayor a spokesperson for the ministry the union leader the
police chief an economist at the central bank a local resident the committee chair a senior official
the opposition leader an analyst a professor of law the company's chief executive a nurse at the
hospital the campaign director a farmer from the valley the council leader a witness`
  .split(/\s+(?=the |a |an )/)
  .map((r) => r.replace(/\s+/g, ' ').trim())

export const SAY_VERBS = [
  'said',
  'told reporters',
  'added',
  'argued',
  'warned',
  'insisted',
  'wrote',
]
