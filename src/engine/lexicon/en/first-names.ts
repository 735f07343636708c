/**
 * Lexicon: common first names by the pronoun news copy uses for them, so "she" can skip back over a man to the
 * woman who spoke before him. Small on purpose: a name not listed leaves the pronoun to the nearest person.
 */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(`
alice amanda amy ana angela ann anna anne barbara betsy betty brenda carly carol caroline catherine cathy charlotte
cheryl christine claire cynthia dana deborah debbie diana diane donna dorothy elena elizabeth ella ellen emily emma
erin eva fatima frances gabrielle gina hana hannah heather helen hillary huma ilhan irina jane janet janice jean
jennifer jessica jill joan joanne joni judith judy julia julie karen kate katherine kathleen kathy kelly kelsey
kimberly kirsten kristen laura lauren lena linda lisa liz lori lucy lynn madeleine maria marie marina marine marta
martha mary megan melania melissa michelle monica nadia nancy natalia natalie nicola nicole nikki olga pamela patricia
paula penny priya rachel rebecca rosa ruth sandra sarah sharon shirley sonia sophie stephanie susan susana suzanne
tamara teresa theresa tina ursula valentina valerie victoria virginia wendy yulia yvonne zoe
`.trim().split(/\s+/));

export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(`
abdul adam ahmed alan albert alex alexander alexei ali andrew angus anthony antonio barack ben benjamin bernie bill
bob boris brian bruce carl carlos charles chris christopher chuck colin dan daniel darrell david dennis dmitry
donald doug douglas ed edward emmanuel eric francis frank fred gary george gerald greg gregory harry henry hugo ian
ivan jack jacob james jared jason jeb jeff jeffrey jim joe john jon jonathan jorge jose joseph juan justin keith
ken kevin larry lee leonid luis marco marcus mark martin matt matthew michael mike mitch mitt mohammed muhammad
narendra nick nicolas nikolai olaf oleg oliver omar patrick paul pedro pete peter philip rand ray reince richard
rick rob robert roger ron ronald rudy ryan sam samuel scott sean sergei stephen steve steven ted thomas tim timothy
tom tomas tony viktor vladimir volodymyr walter wayne william xi yuri
`.trim().split(/\s+/));
