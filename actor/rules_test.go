package actor

import (
	"strings"
	"testing"

	"annals/timex"
)

// fullDict is the built-in dictionary set.
func fullDict(t testing.TB) *Dict { return loadDict(t, "../dict", "actors") }

// TestRules checks the general rules of the actor stage on the built-in
// dictionaries, one or two cases each (sentences written for this test,
// not taken from the mention fixture).
func TestRules(t *testing.T) {
	d := fullDict(t)
	tests := []struct {
		rule, body string
		date       timex.Date
		want       string
	}{
		{"the lead's subject outweighs places named in passing", "Sudan's army agreed to a truce after talks hosted by Saudi Arabia in Jeddah, Riyadh said. The junta said the talks were useful.", timex.Ymd(2024, 8, 5),
			"Sudan's army=SDNMIL Saudi Arabia=SAU Jeddah=SAU Riyadh=SAU junta=SDNMIL"},
		{"modifiers before an organisation after of", "Leaders of the 15-member Economic Community of West African States met.", timex.Ymd(2023, 8, 5), "Leaders of the 15-member Economic Community of West African States=IGOWAF"},
		{"a pair with an article before its second member", "Britain and the United States accused China. Both governments imposed sanctions.", timex.Ymd(2024, 3, 26), "Britain=GBR United States=USA China=CHN Both governments=GBRGOV Both governments=USAGOV"},
		{"two sides of one country", "Sudan's army and an alliance of two rebel groups agreed to a truce. The two sides pledged to talk.", timex.Ymd(2024, 3, 26), "Sudan's army=SDNMIL rebel groups=SDNREB The two sides=SDNMIL The two sides=SDNREB"},
		{"adjectives after civilians name no place", "Protesters attacked the French and Rwandan missions.", timex.Ymd(2025, 1, 28), "Protesters= French=FRA"},
		{"the alliance", "NATO leaders met in Brussels. The alliance ruled out a no-fly zone.", timex.Ymd(2024, 5, 8), "NATO leaders=IGONAT Brussels=BEL The alliance=IGONAT"},
		{"the group", "Hamas fighters attacked Israel. The group said it had taken hostages.", timex.Ymd(2024, 5, 8), "Hamas fighters=PSEREB Israel=ISR The group=PSEREB hostages=PSECVL"},
		{"the group of a number", "Hamas fighters attacked Israel. The group of seven met.", timex.Ymd(2024, 5, 8), "Hamas fighters=PSEREB Israel=ISR"},
		{"a weekday after the subject", "Israel Friday reimposed blockades.", timex.Ymd(2024, 5, 8), "Israel=ISR"},
		{"a shared surname goes to the one in office", "Koizumi said Japan would send more aid.", timex.Ymd(2005, 6, 15), "Koizumi=JPNGOV Japan=JPN"},
		{"subject person gives the agent's country", "Tinubu ordered the police to free the detainees.", timex.Ymd(2024, 8, 5), "Tinubu=NGAGOV police=NGACOP detainees=NGACVL"},
		{"coordinated subject leaves the agent uncoded", "Peru and Chile discussed the new fishing quotas with exporters.", timex.Ymd(2024, 8, 5), "Peru=PER Chile=CHL exporters="},
		{"refugees take no country from context", "Poland said it would not accept more refugees.", timex.Ymd(2024, 8, 5), "Poland=POL refugees="},
		{"look ahead when nothing came before", "Rebels seized two towns in eastern Myanmar.", timex.Ymd(2024, 8, 5), "Rebels=MMRREB Myanmar=MMR"},
		{"a weapon's place is its target", "A drone hit a power plant near Odesa.", timex.Ymd(2024, 8, 5), "drone= Odesa=UKR"},
		{"civilians belong where they are", "Russian missiles struck Dnipro, wounding residents.", timex.Ymd(2024, 8, 5), "Dnipro=UKR residents=UKRCVL"},
		{"coordinated adjectives share the noun", "French and German diplomats met in Rome.", timex.Ymd(2024, 8, 5), "French=FRAGOV German diplomats=DEUGOV Rome=ITA"},
		{"of-phrase places share the agent", "The foreign ministers of Egypt and Jordan met.", timex.Ymd(2024, 8, 5), "foreign ministers of Egypt=EGYGOV Jordan=JORGOV"},
		{"bare title from the article", "Kenyan President William Ruto landed in Nairobi. The president said talks went well.", timex.Ymd(2024, 8, 5), "Kenyan President William Ruto=KENGOV Nairobi=KEN The president=KENGOV"},
		{"title and first name", "Blinken met King Abdullah in Amman.", timex.Ymd(2023, 10, 13), "Blinken=USAGOV King Abdullah=JORGOV Amman=JOR"},
		{"the king's advisers", "Mohammed bin Salman met the king's advisers.", timex.Ymd(2020, 5, 1), "Mohammed bin Salman=SAUGOV advisers=SAUGOV"},
		{"U.S.-led forces are a coalition", "U.S.-led forces shot down the missiles.", timex.Ymd(2024, 8, 5), "U.S.=USA forces="},
		{"Iran-backed militias", "Iran-backed militias fired rockets.", timex.Ymd(2024, 8, 5), "Iran=IRN militias="},
		{"City, State", "Voters lined up in Atlanta, Georgia.", timex.Ymd(2024, 11, 5), "Voters=USACVL Atlanta, Georgia=USA"},
		{"Georgia alone is the country", "Georgia applied to join the EU.", timex.Ymd(2024, 8, 5), "Georgia=GEO EU=IGOEEC"},
		{"lexicalised compounds", "Guinea pigs and a Panama hat were sold in Brussels.", timex.Ymd(2024, 8, 5), "Brussels=BEL"},
		{"languages", "The minister answered in fluent Arabic.", timex.Ymd(2024, 8, 5), "minister="},
		{"first name of another person", "Hunter Biden was pardoned.", timex.Ymd(2024, 12, 2), ""},
		{"sentence-initial May", "Theresa May resigned. May said she was proud.", timex.Ymd(2019, 5, 24), "Theresa May=GBRGOV May=GBRGOV she=GBRGOV"},
		{"generic word for a dated group", "The paramilitaries shelled a market in Omdurman.", timex.Ymd(2024, 8, 5), "paramilitaries=SDNREB Omdurman=SDN"},
		{"paramilitaries elsewhere", "Colombian paramilitaries disarmed.", timex.Ymd(2005, 8, 5), "Colombian paramilitaries=COLMIL"},
		{"agent modifying a noun", "Ukraine's president asked for more air defence systems.", timex.Ymd(2024, 8, 5), "Ukraine's president=UKRGOV"},
		{"institution as a place", "Starmer was heckled in parliament.", timex.Ymd(2024, 8, 5), "Starmer=GBRGOV"},
		{"apposition", "Valery Gerasimov, the army chief, inspected troops.", timex.Ymd(2024, 8, 5), "Valery Gerasimov=RUSMIL troops=RUSMIL"},
		{"predicate after as", "Lula served as a senator.", timex.Ymd(2024, 8, 5), "Lula=BRAGOV"},
		{"capital as a goal of movement", "Modi flew to Moscow.", timex.Ymd(2024, 7, 8), "Modi=INDGOV Moscow=RUS"},
		{"capital acting", "Moscow said the talks had failed.", timex.Ymd(2024, 7, 8), "Moscow=RUSGOV"},
		{"person and agent", "The Netanyahu government approved the plan.", timex.Ymd(2024, 7, 8), "Netanyahu=ISRGOV government=ISRGOV"},
		{"adjective title before a name", "Russian commander Valery Gerasimov spoke.", timex.Ymd(2024, 7, 8), "Russian commander Valery Gerasimov=RUSMIL"},
		{"the military said", "The military said it had repelled the attack.", timex.Ymd(2024, 7, 8), "military="},
		{"possessive before a JJ-tagged agent", "Israel's military called up reservists.", timex.Ymd(2023, 10, 9), "Israel's military=ISRMIL reservists=ISRMIL"},
		{"person before an agent", "Maduro accused the Trump administration of plotting a coup.", timex.Ymd(2019, 1, 24), "Maduro=VENGOV Trump=USAGOV administration=USAGOV"},
		{"the king from the article's country", "Saudi Arabia hosted the summit. The king's advisers met the delegates.", timex.Ymd(2020, 5, 1), "Saudi Arabia=SAU The king's advisers=SAUGOV delegates=SAUGOV"},
		{"a common word before -controlled", "Yoon Suk Yeol accused the opposition-controlled parliament of paralysing the state.", timex.Ymd(2024, 12, 3), "Yoon Suk Yeol=KORGOV parliament=KORLEG"},
		{"rebels are where they fight", "India struck camps in Pakistan used by militants.", timex.Ymd(2025, 5, 7), "India=IND Pakistan=PAK militants=PAKREB"},
		{"proper-name agent", "Students at Howard University protested.", timex.Ymd(2024, 5, 1), "Students="},
		{"name introduced by a role", "Chilean government spokesman Andres Valdivieso said the talks would resume. Valdivieso added that he was hopeful.", timex.Ymd(2024, 8, 5), "Chilean government spokesman Andres Valdivieso=CHLGOV Valdivieso=CHLGOV he=CHLGOV"},
		{"name introduced in apposition", "Peru's human rights ombudsman, Josue Gutierrez, criticised the decree. Gutierrez said it was unlawful.", timex.Ymd(2024, 8, 5), "Peru's human rights ombudsman, Josue Gutierrez=PERGOV Gutierrez=PERGOV"},
		{"capitalised role before a name", "Bolivia's Justice Minister Ramiro Quispe met reporters. Quispe promised reforms.", timex.Ymd(2024, 8, 5), "Bolivia's Justice Minister Ramiro Quispe=BOLGOV reporters=BOLMED Quispe=BOLGOV"},
		{"unknown office-holder from the article", "Kiribati opened its new port. President Taneti Mamau said the port would bring jobs. Mamau thanked Japan.", timex.Ymd(2024, 8, 5), "Kiribati=KIR President Taneti Mamau=KIRGOV Mamau=KIRGOV Japan=JPN"},
		{"known holder: the name is someone else", "Albanese visited Fiji. Prime Minister Tom Walker said the visit went well.", timex.Ymd(2024, 8, 5), "Albanese=AUSGOV Fiji=FJI"},
		{"introduced person of unknown gender", "Colombian President Gustavo Petro arrived in Santiago. A Chilean government spokesperson, Marisol Quintana, said talks would go on. He later left.", timex.Ymd(2024, 8, 5), "Colombian President Gustavo Petro=COLGOV Santiago=CHL Chilean government spokesperson, Marisol Quintana=CHLGOV He=COLGOV"},
		{"group nouns after a pair", "Peru and Bolivia signed a border accord. The two countries will share the water. Both governments praised the deal.", timex.Ymd(2024, 8, 5), "Peru=PER Bolivia=BOL The two countries=PER The two countries=BOL Both governments=PERGOV Both governments=BOLGOV"},
		{"the two leaders after subject and object", "Lula met Milei in Brasilia. The two leaders discussed trade.", timex.Ymd(2024, 8, 5), "Lula=BRAGOV Milei=ARGGOV Brasilia=BRA The two leaders=BRAGOV The two leaders=ARGGOV"},
		{"they for a subject pair", "Kenya and Uganda agreed on a new railway. They will share the costs.", timex.Ymd(2024, 8, 5), "Kenya=KEN Uganda=UGA They=KEN They=UGA"},
		{"they after a plural actor", "Kenya and Uganda agreed on a new railway. Protesters blocked roads. They said it cost too much.", timex.Ymd(2024, 8, 5), "Kenya=KEN Uganda=UGA Protesters=KENCVL"},
	}
	for _, tt := range tests {
		got := strings.Join(mentions(d, tt.body, tt.date), " ")
		if got != tt.want {
			t.Errorf("%s: %s\n got %s\nwant %s", tt.rule, tt.body, got, tt.want)
		}
	}
}
